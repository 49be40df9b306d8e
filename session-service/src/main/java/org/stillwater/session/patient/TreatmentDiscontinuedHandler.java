package org.stillwater.session.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.checkin.TreatmentDiscontinued;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/** Treatment ends for good: no further sessions, whatever arrives after. */
@ApplicationScoped
public class TreatmentDiscontinuedHandler implements EventHandler<TreatmentDiscontinued> {

    @Inject
    Patients patients;

    @Override
    public Class<TreatmentDiscontinued> eventClass() {
        return TreatmentDiscontinued.class;
    }

    @Override
    public void handle(ReceivedEvent<TreatmentDiscontinued> event) {
        Patient patient = patients.lockOrCreate(event.data().patientId());
        if (patient.discontinuedAt == null || event.data().discontinuedAt().isBefore(patient.discontinuedAt)) {
            patient.discontinuedAt = event.data().discontinuedAt();
        }
    }
}
