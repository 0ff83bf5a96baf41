-- Programmes: a cohort with dates and a lifecycle, run by HR.
create table program (
    id          uuid primary key,
    name        varchar(200) not null,
    description varchar(4000),
    status      varchar(20)  not null,
    starts_on   date,
    ends_on     date,
    created_by  varchar(200) not null,
    created_at  timestamptz  not null,
    constraint program_dates check (ends_on is null or starts_on is null or ends_on > starts_on)
);

-- The employee directory, kept from HRIS events. hris_version orders changes to one
-- employee so that an older event never overwrites a newer one.
create table employee (
    employee_id varchar(64) primary key,
    email       varchar(320) not null,
    given_name  varchar(200) not null,
    family_name varchar(200) not null,
    department  varchar(200),
    job_title   varchar(200),
    job_level   integer,
    manager_id  varchar(64),
    status      varchar(20)  not null,
    hris_version bigint      not null,
    updated_at  timestamptz  not null
);
