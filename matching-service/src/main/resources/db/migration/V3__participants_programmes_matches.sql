-- Matching's view of the participants, from upward.participants.v1: the facts it scores on,
-- kept as one JSON document per participant (always read and written whole).
create table participant (
    participant_id uuid primary key,
    program_id     uuid         not null,
    employee_id    varchar(64)  not null,
    role           varchar(10)  not null,
    status         varchar(20)  not null,
    candidate      text         not null,
    updated_at     timestamptz  not null
);
create index participant_by_program on participant (program_id, status, role);
create index participant_by_employee on participant (employee_id);

-- The programme facts matching needs, from upward.programs.v1.
create table program_focus (
    program_id   uuid primary key,
    status       varchar(20) not null,
    focus_topics text        not null default '[]',
    updated_at   timestamptz not null
);

-- Proposed pairs and what became of them.
create table match (
    id                      uuid primary key,
    program_id              uuid         not null,
    mentor_participant_id   uuid         not null,
    mentee_participant_id   uuid         not null,
    mentor_employee_id      varchar(64)  not null,
    mentee_employee_id      varchar(64)  not null,
    score_micros            integer      not null,
    explanation             text         not null,
    status                  varchar(20)  not null,
    mentor_decision         varchar(10),
    mentee_decision         varchar(10),
    respond_by              timestamptz  not null,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    version                 bigint       not null default 0
);
create index match_by_program on match (program_id, status);
create index match_by_mentor on match (mentor_participant_id);
create index match_by_mentee on match (mentee_participant_id);

-- Scoring weights and the switchable hard rules of each policy.
alter table matching_policy
    add column weights text not null default '{"SKILLS":35,"FOCUS_TOPICS":15,"AVAILABILITY":20,"FORMAT":5,"TIME_ZONE":10,"WORKING_STYLE":10,"CROSS_DEPARTMENT":5}',
    add column rule_switches text not null default '{"levelGap":true,"noReportingLine":true,"commonLanguage":true,"respectAvoidLists":true,"notPreviouslyPaired":true}';

-- A mentee holds at most one open (proposed or accepted) match, whatever runs or requests race.
create unique index match_one_open_per_mentee on match (mentee_participant_id) where status in ('PROPOSED', 'ACCEPTED');

-- Someone whose last proposal was declined by the other side, lapsed, or ended for a rematch
-- waits with priority for the next run.
alter table participant add column priority boolean not null default false;
