package org.stillwater.prescription.prescribing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.prescription.PrescriptionCancelled;
import org.stillwater.prescription.shipment.Shipment;
import org.stillwater.prescription.shipment.ShipmentCancellationReason;
import org.stillwater.prescription.shipment.ShipmentLifecycle;
import org.stillwater.prescription.shipment.ShipmentStatus;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;
import org.stillwater.regulatory.refusal.Transition;

/**
 * The one change an issued {@link Prescription} goes through: ACTIVE → CANCELLED (by its clinician, by a prescription
 * that supersedes it, by a discontinued treatment). It changes the prescription only when done and returns the events
 * that announce it; storing and publishing is the caller's.
 */
public final class PrescriptionLifecycle {

    private PrescriptionLifecycle() {
    }

    /**
     * No further fills: the prescription is cancelled, and with it each fill requested under it and not yet dispatched
     * ({@link ShipmentLifecycle#cancel}), announced as a ShipmentCancelled per fill, in fill order, then
     * PrescriptionCancelled. Refused with 409 {@code prescription-not-active} when it is cancelled already.
     *
     * @param undispatched the prescription's fills still REQUESTED, in fill order
     * @throws IllegalArgumentException when one of {@code undispatched} is past REQUESTED (the caller's defect, not a refusal)
     * @param supersededBy the prescription that replaces it (reason SUPERSEDED), else null
     * @param by           who cancels it: the clinician's name
     * @param note         why, in words (the clinician's written reason, or what superseded or ended it)
     * @param fillsReason  why its undispatched fills are cancelled
     */
    public static Transition<EventData> cancel(Prescription prescription, List<Shipment> undispatched, Prescription.CancellationReason reason,
                                               UUID supersededBy, String by, String note, ShipmentCancellationReason fillsReason, Instant now) {
        if (!prescription.isActive()) {
            return Transition.refused(Refused.conflict("prescription-not-active", "this prescription is already cancelled",
                    new Refusal("prescriptionId", "prescription-not-active",
                            "cancelled (" + prescription.cancellationReason + ") at " + prescription.cancelledAt)));
        }
        undispatched.stream().filter(fill -> !fill.status.canBecome(ShipmentStatus.CANCELLED)).findFirst().ifPresent(fill -> {
            throw new IllegalArgumentException("fill " + fill.id + " is " + fill.status + ": not one to cancel with its prescription");
        });
        List<EventData> events = new ArrayList<>();
        undispatched.forEach(fill -> events.addAll(ShipmentLifecycle.cancel(fill, fillsReason, now).events()));
        prescription.status = Prescription.Status.CANCELLED;
        prescription.supersededByPrescriptionId = supersededBy;
        prescription.cancellationReason = reason;
        prescription.cancellationNote = note;
        prescription.cancelledBy = by;
        prescription.cancelledAt = now;
        events.add(new PrescriptionCancelled(prescription.id, prescription.patientId, reason.name(), supersededBy, now));
        return Transition.done(events);
    }
}
