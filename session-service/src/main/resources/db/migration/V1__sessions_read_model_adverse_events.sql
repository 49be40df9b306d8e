-- session-service: what it learns from the other services' events (the patient's protocol and treatment state,
-- prescriptions, deliveries), the home sessions and blocked attempts it records, adverse events and their holds.
-- Clinical records are never deleted: sessions, adverse events and holds refuse deletion.

-- One row per patient, created by whichever event about them arrives first. Only an EvaluationApproved fills
-- in who may see them (partner, state of residence) and the protocol; until then the patient is unknown (404).
create table patient (
    id                                  uuid primary key,
    first_seen_at                       timestamptz not null,
    partner_id                          text,
    state_of_residence                  char(2),
    approved_at                         timestamptz,
    max_dose_mg_per_session             integer,
    min_hours_between_sessions          integer,
    sitter_required                     boolean,
    bp_limit_systolic                   integer,
    bp_limit_diastolic                  integer,
    adjusted_dose_mg_per_session        integer,
    dose_adjusted_at                    timestamptz,
    adjusted_min_hours_between_sessions integer,
    min_hours_adjusted_at               timestamptz,
    onboarding_completed_at             timestamptz,
    last_check_in_completed_at          timestamptz,
    paused_at                           timestamptz,
    resumed_at                          timestamptz,
    discontinued_at                     timestamptz
);

-- Prescriptions as prescription-service announced them; a cancellation may arrive before the issue.
create table prescription (
    id                            uuid primary key,
    patient_id                    uuid not null,
    supersedes_prescription_id    uuid,
    strength_mg                   integer,
    units_per_session             integer,
    dose_mg_per_session           integer,
    issued_at                     timestamptz,
    expires_at                    timestamptz,
    cancelled_at                  timestamptz,
    cancellation_reason           text,
    superseded_by_prescription_id uuid
);

create index prescription_by_patient on prescription (patient_id);
create index prescription_by_superseded on prescription (supersedes_prescription_id);

-- Signed deliveries: one row per shipment, so its units are added to the units on hand once.
create table delivery (
    shipment_id     uuid primary key,
    patient_id      uuid        not null,
    prescription_id uuid        not null,
    fill_number     integer     not null,
    units_delivered integer     not null check (units_delivered > 0),
    delivered_at    timestamptz not null,
    recorded_at     timestamptz not null
);

create index delivery_by_patient on delivery (patient_id);

-- Home sessions and blocked attempts (status BLOCKED, with the gate's reasons), so clinicians see patterns.
create table home_session (
    id                     uuid primary key,
    patient_id             uuid        not null,
    status                 text        not null,
    session_number         integer,
    attempted_at           timestamptz not null,
    attempted_by           text        not null,
    attempted_by_role      text,
    pre_session_check      jsonb       not null,
    bp_before_systolic     integer     not null,
    bp_before_diastolic    integer     not null,
    reasons                jsonb       not null,
    retry_after            timestamptz,
    urgent_escalation      boolean     not null,
    prescription_id        uuid,
    allowed_dose_mg        integer,
    strength_mg            integer,
    started_at             timestamptz,
    dose_logged_at         timestamptz,
    logged_dose_mg         integer,
    logged_units_used      integer check (logged_units_used >= 0),
    dose_mg                integer,
    units_used             integer check (units_used >= 0),
    onset_minutes          integer,
    duration_minutes       integer,
    intensity              integer,
    side_effects           jsonb,
    bp_after_systolic      integer,
    bp_after_diastolic     integer,
    mood_before            integer,
    mood_after             integer,
    journal                text,
    completed_at           timestamptz,
    completed_by           text
);

create index home_session_history on home_session (patient_id, attempted_at desc);
create index home_session_in_progress on home_session (status, started_at) where status = 'IN_PROGRESS';
-- At most one session in progress per patient, and session numbers count started sessions without gaps.
create unique index home_session_one_in_progress on home_session (patient_id) where status = 'IN_PROGRESS';
create unique index home_session_number on home_session (patient_id, session_number) where session_number is not null;

create table adverse_event (
    id            uuid primary key,
    patient_id    uuid        not null,
    session_id    uuid references home_session (id),
    severity      text        not null,
    category      text        not null,
    description   text,
    hold_placed   boolean     not null,
    reported_at   timestamptz not null,
    reported_by   text        not null,
    reporter_role text
);

create index adverse_event_by_patient on adverse_event (patient_id, reported_at desc);

-- Holds keyed by the adverse event's id: active while placed and not lifted. A lift that arrives first (the
-- check-in's outcome on another topic) is kept, so the hold it names is never active.
create table adverse_event_hold (
    adverse_event_id uuid primary key,
    patient_id       uuid not null,
    placed_at        timestamptz,
    lifted_at        timestamptz,
    lifted_by        text
);

create index adverse_event_hold_active on adverse_event_hold (patient_id) where placed_at is not null and lifted_at is null;

create function clinical_record_is_kept() returns trigger
    language plpgsql as
$$
begin
    raise exception '% rows are clinical records and are never deleted', tg_table_name;
end
$$;

create trigger home_session_never_deleted before delete on home_session
    for each row execute function clinical_record_is_kept();
create trigger adverse_event_never_deleted before delete on adverse_event
    for each row execute function clinical_record_is_kept();
create trigger adverse_event_hold_never_deleted before delete on adverse_event_hold
    for each row execute function clinical_record_is_kept();
create trigger delivery_never_deleted before delete on delivery
    for each row execute function clinical_record_is_kept();
