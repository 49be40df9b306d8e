-- prescription-service: the approved patients it learns from intake, Schedule III prescriptions, their fills
-- and shipments (the dispensing record), the session usage that reconciles refills, treatment state and holds.
-- Prescriptions and dispensing records are never deleted (DEA: kept at least 2 years); corrections are new
-- versions (a superseding prescription), so the database refuses deletes of both.

-- Read model of EvaluationApproved: who may be prescribed for, where they live and where fills are shipped.
create table approved_patient (
    id                        uuid primary key,
    partner_id                text        not null,
    state                     char(2)     not null,
    evaluation_id             uuid        not null,
    approved_by               text        not null,
    approved_at               timestamptz not null,
    max_dose_mg_per_session   integer     not null,
    ship_to_recipient_name    text        not null,
    ship_to_line1             text        not null,
    ship_to_line2             text,
    ship_to_city              text        not null,
    ship_to_state             char(2)     not null,
    ship_to_postal_code       text        not null
);

create table prescription (
    id                             uuid primary key,
    lineage_id                     uuid        not null,
    patient_id                     uuid        not null references approved_patient (id),
    supersedes_prescription_id     uuid references prescription (id),
    -- set in the transaction that inserts the superseding prescription, after the old one stopped being active
    superseded_by_prescription_id  uuid references prescription (id) deferrable initially deferred,
    status                         text        not null,
    cancellation_reason            text,
    cancellation_note              text,
    cancelled_by                   text,
    cancelled_at                   timestamptz,
    clinician_id                   text        not null,
    clinician_npi                  text,
    clinician_dea_number           text,
    adjusted_at_check_in_id        uuid,
    pharmacy_id                    text        not null,
    pharmacy_dea_registration      text        not null,
    medication                     text        not null,
    rxnorm_code                    text        not null,
    strength_mg                    integer     not null check (strength_mg between 1 and 1000),
    units_per_session              integer     not null check (units_per_session between 1 and 10),
    dose_mg_per_session            integer     not null check (dose_mg_per_session = strength_mg * units_per_session),
    quantity_per_fill              integer     not null check (quantity_per_fill between 1 and 100),
    refills_authorized             integer     not null check (refills_authorized between 0 and 5),
    max_fill_number                integer     not null check (max_fill_number between 1 and 6),
    directions                     text        not null,
    issued_at                      timestamptz not null,
    last_fill_day                  date        not null,
    expires_at                     timestamptz not null,
    check (status in ('ACTIVE', 'CANCELLED')),
    check ((status = 'ACTIVE') = (cancellation_reason is null))
);

-- One active prescription per patient: a new one supersedes the old in the same transaction.
create unique index prescription_one_active_per_patient on prescription (patient_id) where status = 'ACTIVE';
create index prescription_by_patient on prescription (patient_id, issued_at desc);
create index prescription_by_lineage on prescription (lineage_id);

-- A fill and its shipment: what 21 CFR 1306.22 asks of a refill record (date, quantity, dispensing
-- pharmacist's initials, fill number), plus carrier, tracking and lot, and who asked for it.
create table shipment (
    id                         uuid primary key,
    prescription_id            uuid        not null references prescription (id),
    lineage_id                 uuid        not null,
    patient_id                 uuid        not null,
    pharmacy_id                text        not null,
    pharmacy_dea_registration  text        not null,
    fill_number                integer     not null check (fill_number between 1 and 6),
    medication                 text        not null,
    strength_mg                integer     not null,
    quantity                   integer     not null check (quantity between 1 and 100),
    ship_to_recipient_name     text        not null,
    ship_to_line1              text        not null,
    ship_to_line2              text,
    ship_to_city               text        not null,
    ship_to_state              char(2)     not null,
    ship_to_postal_code        text        not null,
    adult_signature_required   boolean     not null,
    status                     text        not null check (status in ('REQUESTED', 'DISPATCHED', 'DELIVERED', 'FAILED', 'CANCELLED')),
    requested_at               timestamptz not null,
    requested_by               text        not null,
    requested_by_role          text        not null,
    units_on_hand_at_request   integer,
    on_hand_override_reason    text,
    carrier                    text,
    tracking_number            text,
    lot_number                 text,
    quantity_dispensed         integer check (quantity_dispensed between 1 and 100),
    pharmacist_initials        text,
    dispatched_by              text,
    dispatched_at              timestamptz,
    signed_by                  text,
    delivered_at               timestamptz,
    delivery_recorded_by       text,
    delivery_recorded_at       timestamptz,
    failure_reason             text,
    failure_recorded_by        text,
    failed_at                  timestamptz,
    cancellation_reason        text,
    cancelled_at               timestamptz
);

-- A fill number is used once per prescription lineage; a cancelled (never dispensed) fill gives its number back.
create unique index shipment_fill_number_per_lineage on shipment (lineage_id, fill_number) where status <> 'CANCELLED';
create index shipment_by_pharmacy on shipment (pharmacy_id, status, requested_at);
create index shipment_by_patient on shipment (patient_id, status);
create index shipment_by_prescription on shipment (prescription_id);

create function prescription_records_are_kept() returns trigger
    language plpgsql as
$$
begin
    raise exception 'prescriptions and dispensing records are never deleted (DEA record keeping): % on % refused', tg_op, tg_table_name;
end
$$;

create trigger prescription_no_delete before delete on prescription
    for each row execute function prescription_records_are_kept();
create trigger prescription_no_truncate before truncate on prescription
    for each statement execute function prescription_records_are_kept();
create trigger shipment_no_delete before delete on shipment
    for each row execute function prescription_records_are_kept();
create trigger shipment_no_truncate before truncate on shipment
    for each statement execute function prescription_records_are_kept();

-- Units used per session (SessionCompleted), once per session: delivered minus used is the supply on hand.
create table session_usage (
    session_id       uuid primary key,
    patient_id       uuid        not null,
    prescription_id  uuid        not null,
    session_number   integer     not null,
    status           text        not null,
    units_used       integer     not null check (units_used >= 0),
    completed_at     timestamptz not null,
    event_id         uuid        not null
);

create index session_usage_by_patient on session_usage (patient_id);

-- Treatment decisions of check-ins (TreatmentPaused, TreatmentResumed, TreatmentDiscontinued).
create table treatment_state (
    patient_id              uuid primary key,
    status                  text        not null check (status in ('ACTIVE', 'PAUSED', 'DISCONTINUED')),
    changed_at              timestamptz not null,
    changed_by_check_in_id  uuid        not null
);

-- Adverse-event holds, keyed by the adverse event: placed by AdverseEventReported with holdPlaced, lifted by
-- the check-in outcome naming it. Either may arrive first; a hold is active while placed and not lifted.
create table adverse_event_hold (
    adverse_event_id        uuid primary key,
    patient_id              uuid        not null,
    severity                text,
    placed_at               timestamptz,
    lifted_at               timestamptz,
    lifted_by_check_in_id   uuid,
    lifted_by_event         text
);

create index adverse_event_hold_by_patient on adverse_event_hold (patient_id);

-- Every DosageAdjusted with a new dose and what became of it: applied (a superseding prescription) or not, and why.
create table dosage_adjustment (
    id                        uuid primary key,
    check_in_id               uuid        not null,
    patient_id                uuid        not null,
    dose_mg_per_session       integer     not null,
    clinician_id              text        not null,
    adjusted_at               timestamptz not null,
    outcome                   text        not null check (outcome in ('APPLIED', 'UNCHANGED', 'NOT_APPLIED')),
    reason_code               text,
    reason                    text,
    prescription_id           uuid,
    new_prescription_id       uuid,
    recorded_at               timestamptz not null
);

create index dosage_adjustment_by_prescription on dosage_adjustment (prescription_id);
create index dosage_adjustment_by_patient on dosage_adjustment (patient_id);
