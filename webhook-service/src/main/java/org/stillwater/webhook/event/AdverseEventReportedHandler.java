package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.session.AdverseEventReported;

@ApplicationScoped
public class AdverseEventReportedHandler extends WebhookEventHandler<AdverseEventReported> {

    @Override
    public Class<AdverseEventReported> eventClass() {
        return AdverseEventReported.class;
    }
}
