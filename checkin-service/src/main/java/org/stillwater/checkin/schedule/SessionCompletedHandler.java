package org.stillwater.checkin.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/** Session 1 or 2 completed: its INTEGRATION check-in ({@link Scheduling#afterSession}), keyed by the session. */
@ApplicationScoped
public class SessionCompletedHandler implements EventHandler<SessionCompleted> {

    @Inject
    CheckInCalendar calendar;

    @Override
    public Class<SessionCompleted> eventClass() {
        return SessionCompleted.class;
    }

    @Override
    public void handle(ReceivedEvent<SessionCompleted> event) {
        SessionCompleted session = event.data();
        calendar.rules().afterSession(session.sessionId(), session.sessionNumber(), session.completedAt())
                .ifPresent(plan -> calendar.schedule(session.patientId(), plan));
    }
}
