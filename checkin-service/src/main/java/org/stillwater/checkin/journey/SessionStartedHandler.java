package org.stillwater.checkin.journey;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.session.SessionStarted;

/** {@code SessionStarted} on the patient's journey. */
@ApplicationScoped
public class SessionStartedHandler extends JourneyFactHandler<SessionStarted> {

    public SessionStartedHandler() {
        super(SessionStarted.class, Fact::of);
    }
}
