package org.stillwater.prescription.shipment;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;
import org.stillwater.contracts.pharmacy.ShipmentDelivered;
import org.stillwater.contracts.pharmacy.ShipmentDispatched;
import org.stillwater.contracts.pharmacy.ShipmentFailed;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;
import org.stillwater.regulatory.refusal.Transition;

/**
 * The transitions of a {@link Shipment} (DESIGN §6): a pharmacy records REQUESTED → DISPATCHED → DELIVERED, or
 * FAILED on the way; this service cancels a fill still REQUESTED. Each is refused with 409 {@code illegal-shipment-transition} from a status that cannot
 * become its target ({@link ShipmentRules#transition}), changes the shipment only when done, and returns the event
 * that announces it; storing and publishing is the caller's.
 */
public final class ShipmentLifecycle {

    private ShipmentLifecycle() {
    }

    /**
     * The fill is dispensed and handed to the carrier, announced as ShipmentDispatched. Refused with 422
     * {@code dispatch-refused} when it breaks {@link ShipmentRules#dispatchRefusals}.
     *
     * @param lastFillDay  the prescription's last fill day, in the patient's state
     * @param expiresAt    when that day ends
     * @param jurisdiction what {@code PharmacyJurisdiction} refuses for the shipment's pharmacy, patient and ship-to state
     * @param dispatchedBy the pharmacist recording it
     */
    public static Transition<EventData> dispatch(Shipment shipment, DispatchRequest dispensing, LocalDate lastFillDay, Instant expiresAt,
                                              List<Refusal> jurisdiction, Instant now, String dispatchedBy) {
        Optional<Refused> illegal = illegal(shipment, ShipmentStatus.DISPATCHED);
        if (illegal.isPresent()) {
            return Transition.refused(illegal.get());
        }
        List<Refusal> refusals = ShipmentRules.dispatchRefusals(shipment.quantity, dispensing.quantityDispensed(), lastFillDay, expiresAt,
                now, jurisdiction);
        if (!refusals.isEmpty()) {
            return Transition.refused(Refused.byRules("dispatch-refused", "the dispatch", refusals));
        }
        shipment.status = ShipmentStatus.DISPATCHED;
        shipment.carrier = dispensing.carrier().trim();
        shipment.trackingNumber = dispensing.trackingNumber().trim();
        shipment.lotNumber = dispensing.lotNumber().trim();
        shipment.quantityDispensed = dispensing.quantityDispensed();
        shipment.pharmacistInitials = Normalizer.normalize(dispensing.pharmacistInitials(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
        shipment.dispatchedBy = dispatchedBy;
        shipment.dispatchedAt = now;
        return Transition.done(new ShipmentDispatched(shipment.id, shipment.prescriptionId, shipment.patientId, shipment.pharmacyId,
                shipment.fillNumber, shipment.carrier, shipment.trackingNumber, shipment.lotNumber, shipment.quantityDispensed,
                shipment.dispatchedAt));
    }

    /**
     * The carrier delivered the fill, signed for by an adult: its units are now on hand, announced as
     * ShipmentDelivered. Refused with 422 {@code delivery-refused} when it breaks {@link ShipmentRules#deliveryRefusals}.
     *
     * @param recordedBy who records the delivery
     */
    public static Transition<EventData> deliver(Shipment shipment, DeliveryRequest delivery, Instant now, String recordedBy) {
        Optional<Refused> illegal = illegal(shipment, ShipmentStatus.DELIVERED);
        if (illegal.isPresent()) {
            return Transition.refused(illegal.get());
        }
        Instant deliveredAt = delivery.deliveredAt() == null ? now : delivery.deliveredAt();
        List<Refusal> refusals = ShipmentRules.deliveryRefusals(deliveredAt, shipment.dispatchedAt, now);
        if (!refusals.isEmpty()) {
            return Transition.refused(Refused.byRules("delivery-refused", "the delivery", refusals));
        }
        shipment.status = ShipmentStatus.DELIVERED;
        shipment.signedBy = delivery.signedBy().trim();
        shipment.deliveredAt = deliveredAt;
        shipment.deliveryRecordedBy = recordedBy;
        shipment.deliveryRecordedAt = now;
        return Transition.done(new ShipmentDelivered(shipment.id, shipment.prescriptionId, shipment.patientId, shipment.pharmacyId,
                shipment.fillNumber, shipment.quantityDispensed, shipment.deliveredAt));
    }

    /** The fill did not reach the patient (LOST, DAMAGED or RETURNED), announced as ShipmentFailed. */
    public static Transition<EventData> fail(Shipment shipment, FailureReason reason, Instant now, String recordedBy) {
        Optional<Refused> illegal = illegal(shipment, ShipmentStatus.FAILED);
        if (illegal.isPresent()) {
            return Transition.refused(illegal.get());
        }
        shipment.status = ShipmentStatus.FAILED;
        shipment.failureReason = reason;
        shipment.failureRecordedBy = recordedBy;
        shipment.failedAt = now;
        return Transition.done(new ShipmentFailed(shipment.id, shipment.prescriptionId, shipment.patientId, shipment.pharmacyId,
                shipment.fillNumber, shipment.failureReason.name(), shipment.failedAt));
    }

    /**
     * A fill not yet dispatched is not to be dispensed any more (its prescription cancelled, the treatment paused or
     * held, the address changed, the prescription expired), announced as ShipmentCancelled.
     */
    public static Transition<EventData> cancel(Shipment shipment, ShipmentCancellationReason reason, Instant now) {
        Optional<Refused> illegal = illegal(shipment, ShipmentStatus.CANCELLED);
        if (illegal.isPresent()) {
            return Transition.refused(illegal.get());
        }
        shipment.status = ShipmentStatus.CANCELLED;
        shipment.cancellationReason = reason;
        shipment.cancelledAt = now;
        return Transition.done(new ShipmentCancelled(shipment.id, shipment.prescriptionId, shipment.patientId, shipment.pharmacyId,
                shipment.fillNumber, reason.name(), shipment.cancelledAt));
    }

    private static Optional<Refused> illegal(Shipment shipment, ShipmentStatus target) {
        return ShipmentRules.transition(shipment.status, target)
                .map(refusal -> Refused.conflict("illegal-shipment-transition", refusal.message(), refusal));
    }
}
