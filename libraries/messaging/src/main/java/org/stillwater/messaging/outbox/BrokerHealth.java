package org.stillwater.messaging.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The broker's state as the outbox relay sees it, in {@code /q/health} and {@code /q/health/well}.
 * Deliberately not a readiness check: a service accepts writes while Kafka is down (the outbox absorbs
 * them), so its readiness follows its database only.
 */
@Wellness
@ApplicationScoped
public class BrokerHealth implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("kafka-outbox-relay")
                .status(relay.isBrokerReachable())
                .withData("broker", relay.isBrokerReachable() ? "reachable" : "unreachable")
                .withData("outboxBacklog", relay.backlog())
                .withData("oldestUnpublishedSeconds", String.format("%.1f", relay.oldestAgeSeconds()))
                .build();
    }
}
