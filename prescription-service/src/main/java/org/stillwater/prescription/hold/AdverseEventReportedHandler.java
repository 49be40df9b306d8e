package org.stillwater.prescription.hold;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.session.AdverseEventReported;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.messaging.patient.PatientLocks;

/**
 * A report with {@code holdPlaced} (SEVERE or LIFE_THREATENING, as session-service decides) holds fills at once.
 * Milder reports change nothing here: holdPlaced is the contract every service keys its hold on.
 */
@ApplicationScoped
public class AdverseEventReportedHandler implements EventHandler<AdverseEventReported> {

    @Inject
    PatientLocks locks;

    @Inject
    Holds holds;

    @Override
    public Class<AdverseEventReported> eventClass() {
        return AdverseEventReported.class;
    }

    @Override
    public void handle(ReceivedEvent<AdverseEventReported> event) {
        if (!event.data().holdPlaced()) {
            return;
        }
        locks.lock(event.data().patientId());
        holds.place(event.data());
    }
}
