package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.checkin.CheckInCompleted;

@ApplicationScoped
public class CheckInCompletedHandler extends WebhookEventHandler<CheckInCompleted> {

    @Override
    public Class<CheckInCompleted> eventClass() {
        return CheckInCompleted.class;
    }
}
