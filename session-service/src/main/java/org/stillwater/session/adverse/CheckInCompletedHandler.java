package org.stillwater.session.adverse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.checkin.CheckInCompleted;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.session.patient.Patients;

/** The URGENT check-in's outcome lifts the hold it names. */
@ApplicationScoped
public class CheckInCompletedHandler implements EventHandler<CheckInCompleted> {

    @Inject
    Patients patients;

    @Inject
    Holds holds;

    @Override
    public Class<CheckInCompleted> eventClass() {
        return CheckInCompleted.class;
    }

    @Override
    public void handle(ReceivedEvent<CheckInCompleted> event) {
        CheckInCompleted completed = event.data();
        if (completed.liftsAdverseEventHold() != null) {
            patients.lockOrCreate(completed.patientId());
            holds.lift(completed.liftsAdverseEventHold(), completed.patientId(), completed.completedAt(),
                    "CheckInCompleted " + completed.checkInId() + " by " + completed.clinicianId());
        }
    }
}
