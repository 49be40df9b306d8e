package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.session.SessionStarted;

@ApplicationScoped
public class SessionStartedHandler extends WebhookEventHandler<SessionStarted> {

    @Override
    public Class<SessionStarted> eventClass() {
        return SessionStarted.class;
    }
}
