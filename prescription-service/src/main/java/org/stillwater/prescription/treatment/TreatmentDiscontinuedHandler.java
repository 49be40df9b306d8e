package org.stillwater.prescription.treatment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.checkin.TreatmentDiscontinued;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.messaging.patient.PatientLocks;

/** No further fills, for good: the active prescription is cancelled and undispatched shipments too (TREATMENT_DISCONTINUED). */
@ApplicationScoped
public class TreatmentDiscontinuedHandler implements EventHandler<TreatmentDiscontinued> {

    @Inject
    PatientLocks locks;

    @Inject
    Treatment treatment;

    @Override
    public Class<TreatmentDiscontinued> eventClass() {
        return TreatmentDiscontinued.class;
    }

    @Override
    public void handle(ReceivedEvent<TreatmentDiscontinued> event) {
        TreatmentDiscontinued discontinued = event.data();
        locks.lock(discontinued.patientId());
        treatment.discontinue(discontinued.patientId(), discontinued.checkInId(), discontinued.clinicianId(), discontinued.discontinuedAt());
    }
}
