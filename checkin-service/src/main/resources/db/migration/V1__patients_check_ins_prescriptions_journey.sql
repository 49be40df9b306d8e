-- checkin-service: what it learned from other services' events (patients, prescriptions, journey facts) and
-- its own records (check-ins and their completions). Clinical records are never deleted.

-- The patient as EvaluationApproved describes them: who may see them, the protocol, the baseline scores.
create table patient (
    id                          uuid primary key,
    partner_id                  text        not null,
    state                       char(2)     not null,
    evaluation_id               uuid        not null,
    approved_at                 timestamptz not null,
    approved_by                 text        not null,
    max_dose_mg_per_session     integer     not null,
    min_hours_between_sessions  integer     not null,
    baseline_phq9               integer     not null,
    baseline_gad7               integer     not null
);

create index patient_by_state on patient (state);

-- A virtual check-in: scheduled from an event or a patient's request, completed once by a clinician.
-- (patient, kind, trigger key) is unique: one check-in of a kind per thing that caused it.
create table check_in (
    id                          uuid primary key,
    patient_id                  uuid        not null,
    kind                        text        not null,
    trigger                     text        not null,
    trigger_key                 uuid        not null,
    hold_adverse_event_id       uuid,
    window_opens_at             timestamptz,
    due_at                      timestamptz not null,
    scheduled_at                timestamptz not null,
    status                      text        not null,
    requested_by                text,
    request_reason              text,
    missed_at                   timestamptz,
    cancelled_at                timestamptz,
    cancel_reason               text,
    completed_at                timestamptz,
    clinician_id                text,
    outcome                     text,
    phq9_answers                jsonb,
    phq9_total                  integer,
    phq9_severity               text,
    gad7_answers                jsonb,
    gad7_total                  integer,
    gad7_severity               text,
    baseline_phq9               integer,
    phq9_change_percent         integer,
    response                    boolean,
    remission                   boolean,
    dose_mg_per_session         integer,
    min_hours_between_sessions  integer,
    lifts_adverse_event_hold    uuid,
    notes                       text,
    rationale                   text,
    constraint check_in_once_per_trigger unique (patient_id, kind, trigger_key)
);

create index check_in_open on check_in (status, due_at);
create index check_in_by_patient on check_in (patient_id, due_at);

-- Prescriptions as PrescriptionIssued / PrescriptionCancelled describe them (a row starts with whichever arrives first).
create table prescription (
    id                          uuid primary key,
    patient_id                  uuid        not null,
    supersedes_id               uuid,
    strength_mg                 integer,
    units_per_session           integer,
    dose_mg_per_session         integer,
    issued_at                   timestamptz,
    cancelled_at                timestamptz,
    cancel_reason               text
);

create index prescription_by_patient on prescription (patient_id);

-- One row per fact another service announced, keyed by the fact's own id (a session, a shipment, an adverse
-- event...): the journey is derived from these and the check-ins, ordered by when things happened.
create table journey_fact (
    id                          uuid primary key,
    patient_id                  uuid        not null,
    type                        text        not null,
    subject_id                  uuid        not null,
    occurred_at                 timestamptz not null,
    summary                     text        not null,
    details                     jsonb       not null,
    constraint journey_fact_once unique (patient_id, type, subject_id)
);

create index journey_fact_by_patient on journey_fact (patient_id, occurred_at);
