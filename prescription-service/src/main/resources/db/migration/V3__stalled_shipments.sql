-- A requested shipment nobody has dispatched for stillwater.shipments.stalled-after-days days is raised to ops once
-- (StuckShipments): when it was, so the listing, the gauge and the log line each count it once.
alter table shipment add column stalled_at timestamptz;

create index shipment_requested on shipment (status, requested_at) where status = 'REQUESTED';
