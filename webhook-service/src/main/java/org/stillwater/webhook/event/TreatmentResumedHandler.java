package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.checkin.TreatmentResumed;

@ApplicationScoped
public class TreatmentResumedHandler extends WebhookEventHandler<TreatmentResumed> {

    @Override
    public Class<TreatmentResumed> eventClass() {
        return TreatmentResumed.class;
    }
}
