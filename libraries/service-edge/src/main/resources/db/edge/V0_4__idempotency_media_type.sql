-- A replayed answer keeps its media type (a replayed refusal stays application/problem+json).
alter table idempotency_key add column media_type text;
