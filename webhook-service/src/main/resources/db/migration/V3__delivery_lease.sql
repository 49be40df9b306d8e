-- The delivery worker's lease and the retry round.
-- leased_until: a worker claimed the delivery (FOR UPDATE SKIP LOCKED) and is sending it until then. A worker that
-- crashes between sending and recording leaves the lease to expire, and the delivery is sent again with the same
-- webhook-id (at-least-once), never lost. Leased PENDING deliveries are the ones in flight (max per subscription).
alter table delivery add column leased_until timestamptz;
-- Attempts in the current round: the backoff's exponent. A redelivery starts a new round (and a new 24 h).
alter table delivery add column round_attempts integer not null default 0;

create index delivery_in_flight on delivery (subscription_id) where status = 'PENDING' and leased_until is not null;
