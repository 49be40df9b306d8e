-- Redeliveries asked for, per subscription: what RedeliveryRateLimit counts (one range and a few single deliveries a
-- minute), kept in the database so that every instance counts the same requests.
create table redelivery_request (
    id              uuid primary key,
    subscription_id uuid not null references subscription (id),
    scope           text not null check (scope in ('ONE', 'RANGE')),
    requested_at    timestamptz not null
);
create index redelivery_request_recent on redelivery_request (subscription_id, scope, requested_at);
