-- The outbox and inbox tables every service uses, shipped once with commons and migrated
-- with their own history table (flyway_commons_history). "if not exists" because databases
-- created before this moved here already hold them, from each service's former V2 migration.

-- Transactional outbox: events written with the state change they describe, published by
-- the relay in seq order and marked published once Kafka acknowledged them.
create table if not exists outbox_event (
    id            uuid primary key,
    seq           bigserial    not null unique,
    topic         varchar(200) not null,
    aggregate_id  varchar(200) not null,
    type          varchar(200) not null,
    payload       text         not null,
    traceparent   varchar(100),
    occurred_at   timestamptz  not null,
    published_at  timestamptz
);
create index if not exists outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- Inbox: ids of consumed events whose effect is committed, for idempotent consumers.
create table if not exists processed_event (
    event_id     varchar(300) primary key,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null
);
