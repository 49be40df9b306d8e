-- The test application's own records: the notes its write endpoint stores, and the approvals its handler records.
create table test_note (
    note_id    uuid primary key,
    patient_id uuid    not null,
    text       text    not null,
    dose_mg    integer not null,
    written_by text    not null
);

create table test_recorded_approval (
    event_id   uuid primary key,
    patient_id uuid not null
);
