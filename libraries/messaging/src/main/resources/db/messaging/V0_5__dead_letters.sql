-- Dead letters an operator can act on (module messaging). Fed by consuming the service's own <service>.dlq topic:
-- one row per dead-lettered record (its topic, partition and offset), with its status. The topic stays the
-- untouched record of what failed; this table is what an operator lists, replays and discards, and the status
-- changes commit with their audit rows. The payload is kept for replay and shown only when it meets the contracts.
create table dead_letter (
    id                    uuid primary key,
    source_topic          text        not null,
    source_partition      integer     not null,
    source_offset         bigint      not null,
    dead_letter_topic     text        not null,
    dead_letter_partition integer     not null,
    dead_letter_offset    bigint      not null,
    record_key            text,
    event_id              uuid,
    event_type            text,
    patient_id            uuid,
    reason                text        not null check (reason in ('CONTRACT_VIOLATION', 'HANDLER_FAILURE')),
    error                 text        not null,
    payload               text        not null,
    first_failed_at       timestamptz not null,
    last_failed_at        timestamptz not null,
    attempts              integer     not null check (attempts >= 1),
    status                text        not null check (status in ('OPEN', 'REPLAYED', 'DISCARDED')),
    resolved_at           timestamptz,
    resolved_by           text,
    discard_reason        text,
    unique (source_topic, source_partition, source_offset)
);

create index dead_letter_by_status on dead_letter (status, last_failed_at);
create index dead_letter_by_patient on dead_letter (patient_id, last_failed_at);
