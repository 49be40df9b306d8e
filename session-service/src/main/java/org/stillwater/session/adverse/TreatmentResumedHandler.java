package org.stillwater.session.adverse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.checkin.TreatmentResumed;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.session.patient.Patients;

/** Treatment resumed by the URGENT check-in lifts the hold it names. */
@ApplicationScoped
public class TreatmentResumedHandler implements EventHandler<TreatmentResumed> {

    @Inject
    Patients patients;

    @Inject
    Holds holds;

    @Override
    public Class<TreatmentResumed> eventClass() {
        return TreatmentResumed.class;
    }

    @Override
    public void handle(ReceivedEvent<TreatmentResumed> event) {
        TreatmentResumed resumed = event.data();
        if (resumed.liftsAdverseEventHold() != null) {
            patients.lockOrCreate(resumed.patientId());
            holds.lift(resumed.liftsAdverseEventHold(), resumed.patientId(), resumed.resumedAt(),
                    "TreatmentResumed " + resumed.checkInId() + " by " + resumed.clinicianId());
        }
    }
}
