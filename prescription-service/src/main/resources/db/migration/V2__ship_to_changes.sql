-- When the ship-to address was last set, by an approval or by ShippingAddressChanged: an older change arriving
-- later never overwrites a newer one.
alter table approved_patient add column ship_to_set_at timestamptz;
update approved_patient set ship_to_set_at = approved_at;
alter table approved_patient alter column ship_to_set_at set not null;
