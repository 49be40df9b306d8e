package org.stillwater.prescription.treatment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.checkin.TreatmentPaused;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.messaging.patient.PatientLocks;

/** No fills while paused; requested, not yet dispatched shipments are cancelled (TREATMENT_PAUSED). */
@ApplicationScoped
public class TreatmentPausedHandler implements EventHandler<TreatmentPaused> {

    @Inject
    PatientLocks locks;

    @Inject
    Treatment treatment;

    @Override
    public Class<TreatmentPaused> eventClass() {
        return TreatmentPaused.class;
    }

    @Override
    public void handle(ReceivedEvent<TreatmentPaused> event) {
        locks.lock(event.data().patientId());
        treatment.pause(event.data().patientId(), event.data().checkInId(), event.data().pausedAt());
    }
}
