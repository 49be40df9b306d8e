package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.checkin.CheckInScheduled;

@ApplicationScoped
public class CheckInScheduledHandler extends WebhookEventHandler<CheckInScheduled> {

    @Override
    public Class<CheckInScheduled> eventClass() {
        return CheckInScheduled.class;
    }
}
