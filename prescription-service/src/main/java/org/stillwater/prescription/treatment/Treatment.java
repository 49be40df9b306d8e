package org.stillwater.prescription.treatment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.prescription.hold.AdverseEventHold;
import org.stillwater.prescription.prescribing.Prescription;
import org.stillwater.prescription.prescribing.Prescriptions;
import org.stillwater.prescription.shipment.Fills;
import org.stillwater.prescription.shipment.ShipmentCancellationReason;

/**
 * The treatment decisions that stop fills: a pause (until resumed) and a discontinuation (for good: a later
 * resume does not undo it). Each cancels the patient's fills not yet dispatched.
 */
@ApplicationScoped
public class Treatment {

    @Inject
    Fills fills;

    @Inject
    Prescriptions prescriptions;

    public TreatmentBlockers blockers(UUID patientId) {
        TreatmentState state = TreatmentState.findById(patientId);
        return new TreatmentBlockers(state == null ? TreatmentStatus.ACTIVE : state.status, AdverseEventHold.activeFor(patientId));
    }

    public void pause(UUID patientId, UUID checkInId, Instant pausedAt) {
        if (change(patientId, TreatmentStatus.PAUSED, checkInId, pausedAt)) {
            fills.cancelUndispatched(patientId, ShipmentCancellationReason.TREATMENT_PAUSED);
        }
    }

    public void resume(UUID patientId, UUID checkInId, Instant resumedAt) {
        change(patientId, TreatmentStatus.ACTIVE, checkInId, resumedAt);
    }

    /** Cancels the undispatched fills and the active prescription; no fill is released again. */
    public void discontinue(UUID patientId, UUID checkInId, String clinicianId, Instant discontinuedAt) {
        change(patientId, TreatmentStatus.DISCONTINUED, checkInId, discontinuedAt);
        fills.cancelUndispatched(patientId, ShipmentCancellationReason.TREATMENT_DISCONTINUED);
        Prescription.activeFor(patientId).ifPresent(active -> prescriptions.cancel(active,
                Prescription.CancellationReason.TREATMENT_DISCONTINUED, null, clinicianId,
                "treatment discontinued at check-in " + checkInId, ShipmentCancellationReason.TREATMENT_DISCONTINUED));
    }

    /** @return whether the status changed (a discontinued treatment stays discontinued) */
    private boolean change(UUID patientId, TreatmentStatus status, UUID checkInId, Instant at) {
        TreatmentState state = TreatmentState.findById(patientId);
        if (state == null) {
            state = new TreatmentState();
            state.patientId = patientId;
            state.status = TreatmentStatus.ACTIVE;
        }
        if (state.status == TreatmentStatus.DISCONTINUED || (state.status == status && state.changedAt != null)) {
            return false;
        }
        state.status = status;
        state.changedAt = at;
        state.changedByCheckInId = checkInId;
        state.persist();
        return true;
    }
}
