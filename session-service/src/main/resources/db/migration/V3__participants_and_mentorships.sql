-- Who is who: participants of every programme, from upward.participants.v1, so that a
-- mentorship's members can be recognised by the employee id in their token.
create table participant_ref (
    participant_id uuid primary key,
    program_id     uuid        not null,
    employee_id    varchar(64) not null,
    role           varchar(10) not null
);
create index participant_ref_by_employee on participant_ref (employee_id);

-- A mentorship: the working relationship an accepted match starts.
create table mentorship (
    id                    uuid primary key,
    match_id              uuid        not null unique,
    program_id            uuid        not null,
    mentor_participant_id uuid        not null,
    mentee_participant_id uuid        not null,
    status                varchar(20) not null,
    started_at            timestamptz not null,
    planned_end           date
);
create index mentorship_by_mentor on mentorship (mentor_participant_id);
create index mentorship_by_mentee on mentorship (mentee_participant_id);
