package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.checkin.TreatmentDiscontinued;

@ApplicationScoped
public class TreatmentDiscontinuedHandler extends WebhookEventHandler<TreatmentDiscontinued> {

    @Override
    public Class<TreatmentDiscontinued> eventClass() {
        return TreatmentDiscontinued.class;
    }
}
