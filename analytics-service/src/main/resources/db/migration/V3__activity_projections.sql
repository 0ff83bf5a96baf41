-- The programme row keeps only the programme's own facts; every figure is computed from the
-- per-entity projections below when it is asked for, so a late or replayed event can never
-- leave a stale counter behind.
alter table program_kpi
    drop column mentors_enrolled,
    drop column mentees_enrolled,
    drop column matches_accepted,
    drop column sessions_completed,
    drop column feedback_submitted,
    alter column name drop not null,
    add column status varchar(20),
    add column state_at timestamptz;

-- Each projection row is keyed by its entity id. Milestones are kept as separate timestamps
-- (earliest wins for one-off facts, latest wins for state), so the order in which events of
-- different topics arrive does not change the result.
create table participant (
    participant_id uuid primary key,
    program_id     uuid,
    employee_id    varchar(200),
    role           varchar(20),
    department     varchar(200),
    job_level      integer,
    attrs_at       timestamptz,
    enrolled_at    timestamptz,
    left_at        timestamptz,
    left_reason    varchar(20),
    erased         boolean not null default false
);
create index participant_program on participant (program_id);
create index participant_employee on participant (employee_id);

create table match (
    match_id              uuid primary key,
    program_id            uuid,
    mentor_participant_id uuid,
    mentee_participant_id uuid,
    proposed_at           timestamptz,
    accepted_at           timestamptz,
    declined_at           timestamptz,
    expired_at            timestamptz,
    ended_at              timestamptz,
    ended_reason          varchar(40)
);
create index match_program on match (program_id);

create table mentorship (
    mentorship_id         uuid primary key,
    program_id            uuid,
    match_id              uuid,
    mentor_participant_id uuid,
    mentee_participant_id uuid,
    started_at            timestamptz,
    at_risk_at            timestamptz,
    completed_at          timestamptz,
    rematch_requested_at  timestamptz
);
create index mentorship_program on mentorship (program_id);

-- status_rank breaks ties between events of the same instant the same way whatever their order.
create table session (
    session_id    uuid primary key,
    mentorship_id uuid,
    program_id    uuid,
    starts_at     timestamptz,
    scheduled_at  timestamptz,
    completed_at  timestamptz,
    status        varchar(20),
    status_rank   integer,
    status_at     timestamptz
);
create index session_program on session (program_id);
create index session_mentorship on session (mentorship_id);

create table feedback (
    feedback_id   uuid primary key,
    session_id    uuid not null,
    mentorship_id uuid not null,
    program_id    uuid not null,
    role          varchar(20) not null,
    rating        integer not null,
    submitted_at  timestamptz not null
);
create index feedback_program on feedback (program_id);

create table fit_check (
    fit_check_id  uuid primary key,
    mentorship_id uuid not null,
    program_id    uuid not null,
    role          varchar(20) not null,
    working       boolean not null,
    submitted_at  timestamptz not null
);
create index fit_check_program on fit_check (program_id);

create table assessment (
    assessment_id  uuid primary key,
    participant_id uuid not null,
    program_id     uuid not null,
    phase          varchar(10) not null,
    role           varchar(20) not null,
    submitted_at   timestamptz not null
);
create index assessment_program on assessment (program_id);

-- The latest self-rating of each participant, phase and skill.
create table skill_rating (
    participant_id uuid         not null,
    phase          varchar(10)  not null,
    skill          varchar(100) not null,
    program_id     uuid         not null,
    role           varchar(20)  not null,
    score          integer      not null,
    rated_at       timestamptz  not null,
    assessment_id  uuid         not null,
    primary key (participant_id, phase, skill)
);
create index skill_rating_program on skill_rating (program_id);

-- The HRIS facts retention and department breakdowns need, newest hrisVersion wins.
create table employee (
    employee_id      varchar(200) primary key,
    department       varchar(200),
    job_level        integer,
    hire_date        date,
    termination_date date,
    hris_version     bigint not null
);
create index employee_stratum on employee (department, job_level);

-- People who asked to be forgotten: their HRIS facts are never stored again, and their
-- participations keep only the pseudonymous participant id.
create table erased_person (
    employee_id varchar(200) primary key,
    erased_at   timestamptz not null
);
