package org.stillwater.checkin.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.session.AdverseEventReported;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/**
 * An adverse event that placed a hold or is SEVERE or LIFE_THREATENING: an URGENT check-in ({@link Scheduling#afterAdverseEvent}),
 * keyed by the adverse event.
 */
@ApplicationScoped
public class AdverseEventReportedHandler implements EventHandler<AdverseEventReported> {

    @Inject
    CheckInCalendar calendar;

    @Override
    public Class<AdverseEventReported> eventClass() {
        return AdverseEventReported.class;
    }

    @Override
    public void handle(ReceivedEvent<AdverseEventReported> event) {
        AdverseEventReported reported = event.data();
        calendar.rules().afterAdverseEvent(reported.adverseEventId(), reported.severity(), reported.holdPlaced(), reported.reportedAt())
                .ifPresent(plan -> calendar.schedule(reported.patientId(), plan));
    }
}
