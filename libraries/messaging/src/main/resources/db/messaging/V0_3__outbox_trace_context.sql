-- The W3C trace context of the request that wrote the event, carried to Kafka so a trace follows the event.
alter table outbox_event add column traceparent text;
