package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.checkin.CheckInMissed;

@ApplicationScoped
public class CheckInMissedHandler extends WebhookEventHandler<CheckInMissed> {

    @Override
    public Class<CheckInMissed> eventClass() {
        return CheckInMissed.class;
    }
}
