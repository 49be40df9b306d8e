package org.stillwater.checkin.journey;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.session.SessionBlocked;

/** {@code SessionBlocked} on the patient's journey. */
@ApplicationScoped
public class SessionBlockedHandler extends JourneyFactHandler<SessionBlocked> {

    public SessionBlockedHandler() {
        super(SessionBlocked.class, Fact::of);
    }
}
