package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.session.SessionCompleted;

@ApplicationScoped
public class SessionCompletedHandler extends WebhookEventHandler<SessionCompleted> {

    @Override
    public Class<SessionCompleted> eventClass() {
        return SessionCompleted.class;
    }
}
