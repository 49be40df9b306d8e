package org.stillwater.session.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.checkin.TreatmentResumed;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/** A pause ends. (A hold it names is lifted in {@code adverse}: a resumption alone lifts no hold.) */
@ApplicationScoped
public class TreatmentResumedHandler implements EventHandler<TreatmentResumed> {

    @Inject
    Patients patients;

    @Override
    public Class<TreatmentResumed> eventClass() {
        return TreatmentResumed.class;
    }

    @Override
    public void handle(ReceivedEvent<TreatmentResumed> event) {
        Patient patient = patients.lockOrCreate(event.data().patientId());
        patient.resumedAt = Patient.later(patient.resumedAt, event.data().resumedAt());
    }
}
