package org.stillwater.webhook.event;

import org.stillwater.contracts.EventData;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.EvaluationRejected;
import org.stillwater.contracts.intake.IntakeSubmitted;
import org.stillwater.contracts.intake.ShippingAddressChanged;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;
import org.stillwater.contracts.pharmacy.ShipmentDelivered;
import org.stillwater.contracts.pharmacy.ShipmentDispatched;
import org.stillwater.contracts.pharmacy.ShipmentFailed;
import org.stillwater.contracts.pharmacy.ShipmentRequested;

/**
 * Who an event names besides its patient, read from its data as the contracts define it: the partner (intake events
 * carry partnerId) and the pharmacy (shipment events carry pharmacyId). PrescriptionIssued names the pharmacy too,
 * but pharmacists receive only shipment events, so it is not read here.
 */
public final class EventParties {

    private EventParties() {
    }

    /** The partner the event names, or null when its contract carries none. */
    public static String partnerId(EventData data) {
        if (data instanceof IntakeSubmitted event) {
            return event.partnerId();
        }
        if (data instanceof EvaluationApproved event) {
            return event.partnerId();
        }
        if (data instanceof EvaluationRejected event) {
            return event.partnerId();
        }
        if (data instanceof ShippingAddressChanged event) {
            return event.partnerId();
        }
        return null;
    }

    /** The pharmacy a shipment event names, or null for every other event. */
    public static String pharmacyId(EventData data) {
        if (data instanceof ShipmentRequested event) {
            return event.pharmacyId();
        }
        if (data instanceof ShipmentDispatched event) {
            return event.pharmacyId();
        }
        if (data instanceof ShipmentDelivered event) {
            return event.pharmacyId();
        }
        if (data instanceof ShipmentFailed event) {
            return event.pharmacyId();
        }
        if (data instanceof ShipmentCancelled event) {
            return event.pharmacyId();
        }
        return null;
    }
}
