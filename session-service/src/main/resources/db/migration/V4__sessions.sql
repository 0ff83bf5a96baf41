-- Sessions of a mentorship. Times are instants (timestamptz); the zone a member typed them
-- in is kept only to show them back the way they were entered.
create table session (
    id                uuid primary key,
    mentorship_id     uuid         not null references mentorship (id),
    program_id        uuid         not null,
    starts_at         timestamptz  not null,
    ends_at           timestamptz  not null,
    duration_minutes  int          not null,
    time_zone         varchar(64)  not null,
    format            varchar(10)  not null,
    location          varchar(500),
    agenda            text         not null,
    topics            text         not null,
    status            varchar(10)  not null,
    scheduled_by      varchar(6)   not null,
    reschedule_count  int          not null default 0,
    cancelled_by      varchar(10),
    cancel_reason     varchar(1000),
    missed_by         varchar(6),
    completed_at      timestamptz,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0
);
create index session_by_mentorship on session (mentorship_id, starts_at);
create index session_scheduled_by_time on session (starts_at) where status = 'SCHEDULED';

-- Private notes: only their author ever reads them; admins and the other member never do.
create table session_note (
    session_id         uuid        not null references session (id) on delete cascade,
    author_employee_id varchar(64) not null,
    text               text        not null,
    updated_at         timestamptz not null,
    primary key (session_id, author_employee_id)
);

-- The participants' own facts that sessions need: the zone to show times in and, for
-- mentees, the learning goals that agenda suggestions start from.
alter table participant_ref add column time_zone varchar(64);
alter table participant_ref add column learning_goals text not null default '';

-- How a mentorship ends, and when it last met (the nudges look at that).
alter table mentorship add column ended_at timestamptz;
alter table mentorship add column end_reason varchar(20);
alter table mentorship add column last_session_at timestamptz;
alter table mentorship add column version bigint not null default 0;

-- A programme's focus topics feed the agenda suggestions.
alter table program_calendar add column focus_topics text not null default '';
