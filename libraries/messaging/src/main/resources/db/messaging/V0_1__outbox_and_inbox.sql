-- Shared by every service (module messaging).

-- Transactional outbox: a state change and the events announcing it commit together; the relay publishes
-- rows in id order and deletes them once the broker has acknowledged them.
create table outbox_event (
    id            bigserial primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    partition_key text        not null,
    event_type    text        not null,
    payload       text        not null,
    created_at    timestamptz not null default clock_timestamp()
);

-- Idempotent consumer: the id of every handled event, recorded in the same transaction as its effect.
-- produced_at (the producer's outbox write) and handled_at are wall-clock times, for hop latency.
create table inbox_event (
    event_id    uuid primary key,
    event_type  text        not null,
    topic       text        not null,
    subject     text        not null,
    event_time  timestamptz not null,
    produced_at timestamptz,
    handled_at  timestamptz not null default clock_timestamp()
);
