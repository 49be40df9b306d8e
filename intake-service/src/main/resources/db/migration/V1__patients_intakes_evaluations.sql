-- intake-service: patients, screened intakes and clinician evaluations. Clinical records are never deleted.

create table patient (
    id                         uuid primary key,
    partner_id                 text        not null,
    given_name                 text        not null,
    family_name                text        not null,
    date_of_birth              date        not null,
    email                      text,
    phone                      text,
    state_of_residence         char(2)     not null,
    shipping_line1             text        not null,
    shipping_line2             text,
    shipping_city              text        not null,
    shipping_state             char(2)     not null,
    shipping_postal_code       text        not null,
    emergency_contact_name     text        not null,
    emergency_contact_phone    text        not null,
    emergency_contact_relation text        not null,
    created_at                 timestamptz not null,
    created_by                 text        not null
);

create index patient_by_partner on patient (partner_id);

create table intake (
    id                   uuid primary key,
    patient_id           uuid        not null references patient (id),
    status               text        not null,
    submitted_at         timestamptz not null,
    submitted_by         text        not null,
    phq9_total           integer     not null,
    phq9_severity        text        not null,
    gad7_total           integer     not null,
    gad7_severity        text        not null,
    bp_systolic          integer     not null,
    bp_diastolic         integer     not null,
    answers              jsonb       not null,
    flags                jsonb       not null,
    urgent               boolean     not null,
    patient_state        char(2)     not null
);

create index intake_by_patient on intake (patient_id);
create index intake_queue on intake (status, patient_state, urgent desc, submitted_at);

create table evaluation (
    id                           uuid primary key,
    intake_id                    uuid        not null unique references intake (id),
    patient_id                   uuid        not null references patient (id),
    clinician_id                 text        not null,
    clinician_npi                text,
    decision                     text        not null,
    modality                     text        not null,
    in_person_evaluation_on      date,
    acknowledged_flags           jsonb       not null,
    rejection_reasons            jsonb       not null,
    max_dose_mg_per_session      integer,
    min_hours_between_sessions   integer,
    sitter_required              boolean,
    bp_limit_systolic            integer,
    bp_limit_diastolic           integer,
    notes                        text,
    decided_at                   timestamptz not null
);
