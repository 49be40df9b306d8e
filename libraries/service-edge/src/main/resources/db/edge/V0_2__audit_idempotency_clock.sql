-- Shared by every service (module service-edge): the HIPAA audit trail, idempotency keys of write requests,
-- and the simulated clock's offset (dev and test profiles only).

create table audit_log (
    id             bigserial primary key,
    recorded_at    timestamptz not null default clock_timestamp(),
    correlation_id text,
    actor          text        not null,
    actor_role     text,
    patient_id     uuid,
    action         text        not null,
    resource       text        not null,
    status         integer     not null,
    outcome        text        not null
);

create index audit_log_by_patient on audit_log (patient_id, recorded_at);

create function audit_log_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_log is append-only (HIPAA audit control): % refused', tg_op;
end
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_is_append_only();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_is_append_only();

create table idempotency_key (
    caller          text        not null,
    idempotency_key text        not null,
    fingerprint     text        not null,
    status          integer,
    location        text,
    body            text,
    created_at      timestamptz not null default clock_timestamp(),
    primary key (caller, idempotency_key)
);

create table simulated_clock (
    id        integer primary key check (id = 1),
    offset_ms bigint not null check (offset_ms >= 0)
);
