package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.intake.EvaluationApproved;

@ApplicationScoped
public class EvaluationApprovedHandler extends WebhookEventHandler<EvaluationApproved> {

    @Override
    public Class<EvaluationApproved> eventClass() {
        return EvaluationApproved.class;
    }
}
