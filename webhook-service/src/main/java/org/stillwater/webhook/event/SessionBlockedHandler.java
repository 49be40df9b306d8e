package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.session.SessionBlocked;

@ApplicationScoped
public class SessionBlockedHandler extends WebhookEventHandler<SessionBlocked> {

    @Override
    public Class<SessionBlocked> eventClass() {
        return SessionBlocked.class;
    }
}
