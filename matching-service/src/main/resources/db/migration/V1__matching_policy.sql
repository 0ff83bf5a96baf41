-- One matching policy per programme: the hard rules' parameters and the objective.
create table matching_policy (
    program_id                    uuid primary key,
    min_job_level_gap             integer     not null,
    require_different_department  boolean     not null,
    mentor_capacity               integer     not null,
    proposal_deadline_days        integer     not null,
    objective                     varchar(30) not null,
    updated_by                    varchar(200) not null,
    updated_at                    timestamptz not null,
    constraint policy_gap check (min_job_level_gap between 0 and 20),
    constraint policy_capacity check (mentor_capacity between 1 and 10),
    constraint policy_deadline check (proposal_deadline_days between 1 and 60)
);
