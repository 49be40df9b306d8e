package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.prescription.PrescriptionCancelled;

@ApplicationScoped
public class PrescriptionCancelledHandler extends WebhookEventHandler<PrescriptionCancelled> {

    @Override
    public Class<PrescriptionCancelled> eventClass() {
        return PrescriptionCancelled.class;
    }
}
