-- Programme settings: objectives, focus topics, cadence, capacity, enrolment window and
-- eligibility rules. Lists and rule sets are JSON text: they are read and written whole and
-- never queried inside.
alter table program
    add column objectives          text        not null default '[]',
    add column focus_topics        text        not null default '[]',
    add column cadence             varchar(20) not null default 'BIWEEKLY',
    add column capacity            integer,
    add column enrolment_opens_on  date,
    add column enrolment_closes_on date,
    add column eligibility         text        not null default '{}',
    add column updated_at          timestamptz,
    add column launched_at         timestamptz,
    add column closed_at           timestamptz,
    add column version             bigint      not null default 0;

-- The rest of the HRIS record, and erasure: an erased employee keeps only the id.
alter table employee
    add column location         varchar(200),
    add column time_zone        varchar(64),
    add column languages        text  not null default '[]',
    add column hire_date        date,
    add column termination_date date,
    add column erased_at        timestamptz;
create index employee_manager on employee (manager_id);

-- One employee in one programme as mentor or mentee, with their matching profile.
create table participant (
    id          uuid primary key,
    program_id  uuid         not null references program (id),
    employee_id varchar(64)  not null,
    role        varchar(10)  not null,
    status      varchar(20)  not null,
    profile     text         not null default '{}',
    enrolled_at timestamptz  not null,
    enrolled_by varchar(200) not null,
    ended_at    timestamptz,
    end_reason  varchar(500),
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
-- At most one active enrolment per person and programme; after a withdrawal they may re-enrol.
create unique index participant_active_once on participant (program_id, employee_id) where status = 'ACTIVE';
create index participant_by_employee on participant (employee_id);
create index participant_by_program on participant (program_id, status, role);
