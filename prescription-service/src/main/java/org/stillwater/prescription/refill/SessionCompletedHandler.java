package org.stillwater.prescription.refill;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.messaging.patient.PatientLocks;

/**
 * Adds a session's units used to the reconciliation of the patient's supply, once: the inbox drops a redelivered
 * event, and a session already counted (another event for the same session) is not counted again. Kept even
 * when the patient's approval has not arrived yet.
 */
@ApplicationScoped
public class SessionCompletedHandler implements EventHandler<SessionCompleted> {

    @Inject
    PatientLocks locks;

    @Override
    public Class<SessionCompleted> eventClass() {
        return SessionCompleted.class;
    }

    @Override
    public void handle(ReceivedEvent<SessionCompleted> event) {
        SessionCompleted completed = event.data();
        locks.lock(completed.patientId());
        if (SessionUsage.findById(completed.sessionId()) != null) {
            return;
        }
        SessionUsage usage = new SessionUsage();
        usage.sessionId = completed.sessionId();
        usage.patientId = completed.patientId();
        usage.prescriptionId = completed.prescriptionId();
        usage.sessionNumber = completed.sessionNumber();
        usage.status = completed.status();
        usage.unitsUsed = completed.unitsUsed();
        usage.completedAt = completed.completedAt();
        usage.eventId = event.id();
        usage.persist();
    }
}
