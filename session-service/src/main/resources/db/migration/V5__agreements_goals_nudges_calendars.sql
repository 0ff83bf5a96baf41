-- The agreement both members confirm at the start: goals, ground rules, confidentiality,
-- how often they meet. Editing it asks both to confirm again.
create table mentorship_agreement (
    mentorship_id      uuid primary key references mentorship (id),
    goals              text         not null,
    ground_rules       text         not null,
    confidentiality    text         not null,
    meeting_frequency  varchar(10)  not null,
    mentor_confirmed_at timestamptz,
    mentee_confirmed_at timestamptz,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0
);

-- Goals of a mentorship with their progress, and the milestones on the way.
create table goal (
    id             uuid primary key,
    mentorship_id  uuid          not null references mentorship (id),
    title          varchar(300)  not null,
    progress       int           not null,
    created_at     timestamptz   not null,
    version        bigint        not null default 0
);
create index goal_by_mentorship on goal (mentorship_id);
create table milestone (
    id          uuid primary key,
    goal_id     uuid         not null references goal (id) on delete cascade,
    title       varchar(300) not null,
    due_on      date,
    reached_at  timestamptz
);
create index milestone_by_goal on milestone (goal_id);

-- Nudge settings per programme; a programme without a row uses the service defaults.
create table nudge_policy (
    program_id               uuid primary key,
    first_session_within_days int not null,
    at_risk_after_weeks      int not null,
    reminder_hours_before    int not null
);

-- Every nudge sent, so none is sent twice: one per mentorship and quiet spell, one per
-- session start time.
create table nudge_sent (
    nudge_key  varchar(200) primary key,
    sent_at    timestamptz  not null
);

-- Calendar subscriptions. Calendar apps cannot send bearer tokens, so a feed is reached by
-- a secret URL; only the token's SHA-256 is stored, and a revoked feed answers 404.
create table calendar_feed (
    id           uuid primary key,
    employee_id  varchar(64)  not null,
    token_sha256 varchar(64)  not null unique,
    created_at   timestamptz  not null,
    revoked_at   timestamptz
);
create index calendar_feed_by_employee on calendar_feed (employee_id);
