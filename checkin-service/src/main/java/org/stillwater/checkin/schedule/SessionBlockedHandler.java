package org.stillwater.checkin.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.session.SessionBlocked;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/** A session blocked at a crisis blood pressure: an URGENT check-in ({@link Scheduling#afterBlockedSession}), keyed by the attempt. */
@ApplicationScoped
public class SessionBlockedHandler implements EventHandler<SessionBlocked> {

    @Inject
    CheckInCalendar calendar;

    @Override
    public Class<SessionBlocked> eventClass() {
        return SessionBlocked.class;
    }

    @Override
    public void handle(ReceivedEvent<SessionBlocked> event) {
        SessionBlocked blocked = event.data();
        calendar.rules().afterBlockedSession(blocked.attemptId(), blocked.urgentEscalation(), blocked.blockedAt())
                .ifPresent(plan -> calendar.schedule(blocked.patientId(), plan));
    }
}
