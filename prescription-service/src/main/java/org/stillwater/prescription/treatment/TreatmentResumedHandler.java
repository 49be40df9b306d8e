package org.stillwater.prescription.treatment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.checkin.TreatmentResumed;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.messaging.patient.PatientLocks;
import org.stillwater.prescription.hold.Holds;

/** Fills are allowed again (the next one through a refill request); {@code liftsAdverseEventHold} lifts the hold it names. */
@ApplicationScoped
public class TreatmentResumedHandler implements EventHandler<TreatmentResumed> {

    @Inject
    PatientLocks locks;

    @Inject
    Treatment treatment;

    @Inject
    Holds holds;

    @Override
    public Class<TreatmentResumed> eventClass() {
        return TreatmentResumed.class;
    }

    @Override
    public void handle(ReceivedEvent<TreatmentResumed> event) {
        TreatmentResumed resumed = event.data();
        locks.lock(resumed.patientId());
        treatment.resume(resumed.patientId(), resumed.checkInId(), resumed.resumedAt());
        if (resumed.liftsAdverseEventHold() != null) {
            holds.lift(resumed.liftsAdverseEventHold(), resumed.patientId(), resumed.checkInId(), resumed.resumedAt(),
                    EventType.TREATMENT_RESUMED);
        }
    }
}
