-- "Is this working?" once per member and mentorship. reason is private to its author.
create table fit_check (
    id                 uuid primary key,
    mentorship_id      uuid        not null,
    program_id         uuid        not null,
    participant_id     uuid        not null,
    author_employee_id varchar(64),
    role               varchar(10) not null,
    working            boolean     not null,
    reason             varchar(2000),
    submitted_at       timestamptz not null,
    constraint one_fit_check_per_member_and_mentorship unique (mentorship_id, participant_id)
);
create index fit_check_by_author on fit_check (author_employee_id);
create index fit_check_by_program on fit_check (program_id);
