package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.intake.IntakeSubmitted;

@ApplicationScoped
public class IntakeSubmittedHandler extends WebhookEventHandler<IntakeSubmitted> {

    @Override
    public Class<IntakeSubmitted> eventClass() {
        return IntakeSubmitted.class;
    }
}
