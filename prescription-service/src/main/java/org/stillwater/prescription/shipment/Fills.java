package org.stillwater.prescription.shipment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.stillwater.edge.persistence.Counts;
import org.stillwater.prescription.patient.ApprovedPatient;
import org.stillwater.prescription.pharmacy.Pharmacies;
import org.stillwater.prescription.pharmacy.PharmacyJurisdiction;
import org.stillwater.contracts.intake.ShippingAddress;
import org.stillwater.contracts.pharmacy.ShipmentRequested;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.messaging.outbox.Outbox;
import org.stillwater.prescription.prescribing.Prescription;

/**
 * Releases fills (each one a shipment the pharmacy is asked for on {@code pharmacy.shipments}) and cancels the
 * ones not yet dispatched. Runs in the caller's transaction, so the change and its event commit together.
 */
@ApplicationScoped
public class Fills {

    @Inject
    Outbox outbox;

    @Inject
    Transitions transitions;

    @Inject
    Pharmacies pharmacies;

    @Inject
    Clock clock;

    /** Releases the next fill of the prescription's lineage and asks its pharmacy to ship it, signed for by an adult. */
    public Shipment request(Prescription prescription, ShippingAddress shipTo, String requestedBy, String requestedByRole) {
        Shipment shipment = new Shipment();
        shipment.id = UUID.randomUUID();
        shipment.prescriptionId = prescription.id;
        shipment.lineageId = prescription.lineageId;
        shipment.patientId = prescription.patientId;
        shipment.pharmacyId = prescription.pharmacyId;
        shipment.pharmacyDeaRegistration = prescription.pharmacyDeaRegistration;
        shipment.fillNumber = nextFillNumber(prescription.lineageId);
        shipment.medication = prescription.medication;
        shipment.strengthMg = prescription.strengthMg;
        shipment.quantity = prescription.quantityPerFill;
        shipment.shipToRecipientName = shipTo.recipientName();
        shipment.shipToLine1 = shipTo.line1();
        shipment.shipToLine2 = shipTo.line2();
        shipment.shipToCity = shipTo.city();
        shipment.shipToState = shipTo.state();
        shipment.shipToPostalCode = shipTo.postalCode();
        shipment.adultSignatureRequired = true;
        shipment.status = ShipmentStatus.REQUESTED;
        shipment.requestedAt = clock.instant();
        shipment.requestedBy = requestedBy;
        shipment.requestedByRole = requestedByRole;
        shipment.persist();
        outbox.publish(new ShipmentRequested(shipment.id, shipment.prescriptionId, shipment.patientId, shipment.pharmacyId,
                shipment.fillNumber, shipment.medication, shipment.strengthMg, shipment.quantity, shipment.shipTo(),
                shipment.adultSignatureRequired, shipment.requestedAt));
        return shipment;
    }

    /**
     * The patient's shipping address changed: each fill requested and not yet dispatched is cancelled
     * ({@code SHIPPING_ADDRESS_CHANGED}) and requested again, under the same prescription and fill number, to the
     * new address where {@link PharmacyJurisdiction} lets its pharmacy ship; elsewhere it stays cancelled.
     *
     * @return the fills requested again
     */
    public List<Shipment> redirectUndispatched(ApprovedPatient patient) {
        List<Shipment> cancelled = cancelUndispatched(patient.id, ShipmentCancellationReason.SHIPPING_ADDRESS_CHANGED);
        return cancelled.stream()
                .filter(fill -> mayShip(fill.pharmacyId, patient))
                .map(fill -> request(Prescription.findById(fill.prescriptionId), patient.shipTo(), fill.requestedBy, fill.requestedByRole))
                .toList();
    }

    /** Whether the pharmacy may ship this patient's fills to their current ship-to address. */
    public boolean mayShip(String pharmacyId, ApprovedPatient patient) {
        return PharmacyJurisdiction.refusals(pharmacyId, pharmacies.find(pharmacyId), patient.state, patient.shipToState).isEmpty();
    }

    /** Fills of the lineage that count: every one not cancelled (a cancelled fill was never dispensed). */
    public static long fillsUsed(UUID lineageId) {
        return Counts.count(Shipment.class, "lineageId = ?1 and status <> ?2", lineageId, ShipmentStatus.CANCELLED);
    }

    public static int nextFillNumber(UUID lineageId) {
        return (int) fillsUsed(lineageId) + 1;
    }

    /** Whether a fill of the patient is requested or dispatched but not yet delivered (or failed). */
    public static boolean inTransit(UUID patientId) {
        return Counts.any(Shipment.class, "patientId = ?1 and status in ?2", patientId,
                List.of(ShipmentStatus.REQUESTED, ShipmentStatus.DISPATCHED));
    }

    /** Cancels the patient's requested, not yet dispatched fills; each gets its ShipmentCancelled. */
    public List<Shipment> cancelUndispatched(UUID patientId, ShipmentCancellationReason reason) {
        return cancel(Shipment.list("patientId = ?1 and status = ?2 order by fillNumber", patientId, ShipmentStatus.REQUESTED), reason);
    }

    /** The prescription's requested, not yet dispatched fills, in fill order. */
    public static List<Shipment> undispatched(Prescription prescription) {
        return Shipment.list("prescriptionId = ?1 and status = ?2 order by fillNumber", prescription.id, ShipmentStatus.REQUESTED);
    }

    /** Cancels one requested, not yet dispatched fill; it gets its ShipmentCancelled. */
    public void cancel(Shipment shipment, ShipmentCancellationReason reason) {
        cancel(List.of(shipment), reason);
    }

    private List<Shipment> cancel(List<Shipment> shipments, ShipmentCancellationReason reason) {
        shipments.forEach(shipment -> transitions.apply(shipment, ShipmentLifecycle.cancel(shipment, reason, clock.instant())));
        return shipments;
    }
}
