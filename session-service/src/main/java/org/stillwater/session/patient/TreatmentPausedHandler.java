package org.stillwater.session.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.checkin.TreatmentPaused;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/** No sessions while paused: paused when the latest pause is later than the latest resumption. */
@ApplicationScoped
public class TreatmentPausedHandler implements EventHandler<TreatmentPaused> {

    @Inject
    Patients patients;

    @Override
    public Class<TreatmentPaused> eventClass() {
        return TreatmentPaused.class;
    }

    @Override
    public void handle(ReceivedEvent<TreatmentPaused> event) {
        Patient patient = patients.lockOrCreate(event.data().patientId());
        patient.pausedAt = Patient.later(patient.pausedAt, event.data().pausedAt());
    }
}
