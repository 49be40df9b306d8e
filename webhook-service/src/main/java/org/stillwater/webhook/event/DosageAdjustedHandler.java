package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.checkin.DosageAdjusted;

@ApplicationScoped
public class DosageAdjustedHandler extends WebhookEventHandler<DosageAdjusted> {

    @Override
    public Class<DosageAdjusted> eventClass() {
        return DosageAdjusted.class;
    }
}
