package org.stillwater.prescription.hold;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.checkin.CheckInCompleted;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.messaging.patient.PatientLocks;

/** The URGENT check-in's outcome: {@code liftsAdverseEventHold} lifts the hold it names, and only that one. */
@ApplicationScoped
public class CheckInCompletedHandler implements EventHandler<CheckInCompleted> {

    @Inject
    PatientLocks locks;

    @Inject
    Holds holds;

    @Override
    public Class<CheckInCompleted> eventClass() {
        return CheckInCompleted.class;
    }

    @Override
    public void handle(ReceivedEvent<CheckInCompleted> event) {
        CheckInCompleted completed = event.data();
        if (completed.liftsAdverseEventHold() == null) {
            return;
        }
        locks.lock(completed.patientId());
        holds.lift(completed.liftsAdverseEventHold(), completed.patientId(), completed.checkInId(), completed.completedAt(),
                EventType.CHECK_IN_COMPLETED);
    }
}
