-- Feedback on one session by one member. "learned" is private to its author; only
-- comment_for_program_team is ever meant for anyone else, and only in aggregate views.
create table session_feedback (
    id                       uuid primary key,
    session_id               uuid         not null,
    author_subject           varchar(200) not null,
    rating                   smallint     not null check (rating between 1 and 5),
    useful_topics            varchar(1000) not null,
    learned                  varchar(4000),
    comment_for_program_team varchar(2000),
    submitted_at             timestamptz  not null,
    constraint one_feedback_per_author_and_session unique (session_id, author_subject)
);

-- Programmes known from participant-service; surveys belong to one.
create table program_ref (
    program_id uuid primary key,
    name       varchar(200) not null
);
