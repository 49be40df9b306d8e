package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.checkin.TreatmentPaused;

@ApplicationScoped
public class TreatmentPausedHandler extends WebhookEventHandler<TreatmentPaused> {

    @Override
    public Class<TreatmentPaused> eventClass() {
        return TreatmentPaused.class;
    }
}
