-- Programme surveys, at most one per programme and milestone so that each is one fixed group.
-- items is a JSON list of {key, kind, prompt}, always read and written whole.
create table survey (
    id         uuid primary key,
    program_id uuid         not null,
    milestone  varchar(3)   not null check (milestone in ('MID', 'END')),
    title      varchar(200) not null,
    items      text         not null,
    created_at timestamptz  not null,
    constraint one_survey_per_program_and_milestone unique (program_id, milestone)
);

-- One response per participant and survey. scores holds the Likert answers, texts the free
-- text, which only ever leaves in a released aggregate and is removed on erasure.
create table survey_response (
    id                 uuid primary key,
    survey_id          uuid        not null references survey (id),
    program_id         uuid        not null,
    participant_id     uuid        not null,
    author_employee_id varchar(64),
    role               varchar(10) not null,
    scores             text        not null,
    texts              text,
    submitted_at       timestamptz not null,
    constraint one_response_per_participant_and_survey unique (survey_id, participant_id)
);
create index survey_response_by_author on survey_response (author_employee_id);
