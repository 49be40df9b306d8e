package org.stillwater.checkin.journey;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.session.SessionCompleted;

/** {@code SessionCompleted} on the patient's journey. */
@ApplicationScoped
public class SessionCompletedHandler extends JourneyFactHandler<SessionCompleted> {

    public SessionCompletedHandler() {
        super(SessionCompleted.class, Fact::of);
    }
}
