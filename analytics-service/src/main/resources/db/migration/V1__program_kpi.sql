-- Per-programme counters, projected from the events of every topic.
create table program_kpi (
    program_id         uuid primary key,
    name               varchar(200) not null,
    starts_on          date,
    ends_on            date,
    mentors_enrolled   integer not null default 0,
    mentees_enrolled   integer not null default 0,
    matches_accepted   integer not null default 0,
    sessions_completed integer not null default 0,
    feedback_submitted integer not null default 0,
    updated_at         timestamptz not null
);
