-- webhook-service: partners' and pharmacies' subscriptions, the events it received, and one delivery per
-- (subscription, event) with every attempt. Deliveries to one subscription about one patient go out in the
-- order the events were received (event.seq).

-- A subscription, owned by the caller that created it: a partner (owner_id = partner_id), a pharmacist
-- (owner_id = pharmacy_id) or ops (owner_id = the ops user's subject). event_types empty = every type the owner may receive.
create table subscription (
    id                  uuid primary key,
    owner_role          text        not null check (owner_role in ('partner', 'pharmacist', 'ops')),
    owner_id            text        not null,
    url                 text        not null,
    event_types         text[]      not null,
    description         text,
    status              text        not null check (status in ('ACTIVE', 'PAUSED', 'DISABLED', 'DELETED')),
    -- why it was DISABLED (GONE: the receiver answered 410) and when
    disabled_reason     text,
    disabled_at         timestamptz,
    -- set when a delivery failed for good (retries exhausted); cleared by the next delivered one
    failing_since       timestamptz,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null default 0
);

create index subscription_by_owner on subscription (owner_role, owner_id) where status <> 'DELETED';

-- Signing secrets, encrypted at rest (AES-256-GCM with the service's key; the plaintext "whsec_…" is shown once).
-- After a rotation the previous secret stays valid until expires_at, and deliveries carry both signatures.
create table signing_secret (
    id                  uuid primary key,
    subscription_id     uuid        not null references subscription (id),
    encrypted_secret    bytea       not null,
    created_at          timestamptz not null,
    expires_at          timestamptz
);

create index signing_secret_by_subscription on signing_secret (subscription_id, created_at);

-- Who may see a patient's events: the partner, learned from the intake events that carry partnerId.
create table patient (
    id                  uuid primary key,
    partner_id          text        not null
);

-- Every event received from the five topics, in the order received. partner_id and pharmacy_id are the
-- audiences read from the event itself (or, for partner_id, from the patient once known).
create table event (
    seq                 bigserial   primary key,
    id                  uuid        not null unique,
    type                text        not null,
    patient_id          uuid        not null,
    pharmacy_id         text,
    occurred_at         timestamptz not null,
    received_at         timestamptz not null,
    cloud_event         jsonb       not null
);

create index event_by_patient on event (patient_id, seq);

-- One event to one subscription. PENDING until a 2xx (DELIVERED) or until retries are exhausted (FAILED).
create table delivery (
    id                  uuid primary key,
    subscription_id     uuid        not null references subscription (id),
    event_seq           bigint      not null references event (seq),
    event_id            uuid        not null,
    event_type          text        not null,
    patient_id          uuid        not null,
    status              text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts            integer     not null default 0,
    created_at          timestamptz not null,
    next_attempt_at     timestamptz not null,
    first_attempt_at    timestamptz,
    last_attempt_at     timestamptz,
    last_response_code  integer,
    last_latency_ms     integer,
    last_error          text,
    delivered_at        timestamptz,
    unique (subscription_id, event_id)
);

create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_by_lane on delivery (subscription_id, patient_id, event_seq) where status = 'PENDING';
create index delivery_by_subscription on delivery (subscription_id, created_at);

-- Each attempt: the answer's status code (null when none came), latency, the error, and at most 256
-- characters of the response body.
create table delivery_attempt (
    id                  uuid primary key,
    delivery_id         uuid        not null references delivery (id),
    attempted_at        timestamptz not null,
    response_code       integer,
    latency_ms          integer     not null,
    error               text,
    response_excerpt    text
);

create index delivery_attempt_by_delivery on delivery_attempt (delivery_id, attempted_at);
