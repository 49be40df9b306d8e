package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.intake.EvaluationRejected;

@ApplicationScoped
public class EvaluationRejectedHandler extends WebhookEventHandler<EvaluationRejected> {

    @Override
    public Class<EvaluationRejected> eventClass() {
        return EvaluationRejected.class;
    }
}
