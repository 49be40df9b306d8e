create table recorded_approval (
    event_id   uuid primary key,
    patient_id uuid not null,
    partner_id text not null
);
