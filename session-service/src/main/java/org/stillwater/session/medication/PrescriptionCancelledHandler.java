package org.stillwater.session.medication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.prescription.PrescriptionCancelled;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.session.patient.Patients;

/** A cancelled prescription is no longer active; a newer one, if any, stays active. */
@ApplicationScoped
public class PrescriptionCancelledHandler implements EventHandler<PrescriptionCancelled> {

    @Inject
    Patients patients;

    @Override
    public Class<PrescriptionCancelled> eventClass() {
        return PrescriptionCancelled.class;
    }

    @Override
    public void handle(ReceivedEvent<PrescriptionCancelled> event) {
        PrescriptionCancelled cancelled = event.data();
        patients.lockOrCreate(cancelled.patientId());
        Prescription prescription = Prescription.findOrCreate(cancelled.prescriptionId(), cancelled.patientId());
        if (prescription.cancelledAt == null) {
            prescription.cancelledAt = cancelled.cancelledAt();
            prescription.cancellationReason = cancelled.reason();
            prescription.supersededByPrescriptionId = cancelled.supersededByPrescriptionId();
        }
    }
}
