-- Skills self-assessments, one per participant and phase (PRE at the start, POST at the end).
-- ratings is a JSON list of {skill, score}, always read and written whole.
create table assessment (
    id                 uuid primary key,
    program_id         uuid        not null,
    participant_id     uuid        not null,
    author_employee_id varchar(64),
    role               varchar(10) not null,
    phase              varchar(4)  not null check (phase in ('PRE', 'POST')),
    ratings            text        not null,
    submitted_at       timestamptz not null,
    constraint one_assessment_per_participant_and_phase unique (participant_id, phase)
);
create index assessment_by_author on assessment (author_employee_id);
