package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.prescription.PrescriptionIssued;

@ApplicationScoped
public class PrescriptionIssuedHandler extends WebhookEventHandler<PrescriptionIssued> {

    @Override
    public Class<PrescriptionIssued> eventClass() {
        return PrescriptionIssued.class;
    }
}
