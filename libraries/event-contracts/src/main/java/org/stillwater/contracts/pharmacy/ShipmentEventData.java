package org.stillwater.contracts.pharmacy;

import org.stillwater.contracts.EventData;

/** The data of a {@code pharmacy.shipments} event: each names the pharmacy that fills the shipment. */
public interface ShipmentEventData extends EventData {

    String pharmacyId();
}
