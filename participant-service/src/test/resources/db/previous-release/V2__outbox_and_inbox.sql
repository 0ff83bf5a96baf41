-- Transactional outbox: events written with the state change they describe, published by
-- the relay in seq order and marked published once Kafka acknowledged them.
create table outbox_event (
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
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- Inbox: ids of consumed events whose effect is committed, for idempotent consumers.
create table processed_event (
    event_id     varchar(300) primary key,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null
);
