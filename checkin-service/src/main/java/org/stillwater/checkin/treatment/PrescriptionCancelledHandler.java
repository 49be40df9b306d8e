package org.stillwater.checkin.treatment;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.prescription.PrescriptionCancelled;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/** A cancelled prescription stays on record with when and why, and no longer sets the current lozenge strength. */
@ApplicationScoped
public class PrescriptionCancelledHandler implements EventHandler<PrescriptionCancelled> {

    @Override
    public Class<PrescriptionCancelled> eventClass() {
        return PrescriptionCancelled.class;
    }

    @Override
    public void handle(ReceivedEvent<PrescriptionCancelled> event) {
        PrescriptionCancelled cancelled = event.data();
        Prescription prescription = Prescription.findOrStart(cancelled.prescriptionId(), cancelled.patientId());
        prescription.cancelledAt = cancelled.cancelledAt();
        prescription.cancelReason = cancelled.reason();
    }
}
