package org.stillwater.webhook.event;

import org.stillwater.contracts.EventData;
import org.stillwater.contracts.PartnerEventData;
import org.stillwater.contracts.pharmacy.ShipmentEventData;

/**
 * Who an event names besides its patient, read from its data as the contracts define it: the partner (the intake
 * events, {@link PartnerEventData}) and the pharmacy (the shipment events, {@link ShipmentEventData}).
 * PrescriptionIssued names the pharmacy too, but pharmacists receive only shipment events, so it is not read here.
 */
public final class EventParties {

    private EventParties() {
    }

    /** The partner the event names, or null when its contract carries none. */
    public static String partnerId(EventData data) {
        return data instanceof PartnerEventData named ? named.partnerId() : null;
    }

    /** The pharmacy a shipment event names, or null for every other event. */
    public static String pharmacyId(EventData data) {
        return data instanceof ShipmentEventData shipment ? shipment.pharmacyId() : null;
    }
}
