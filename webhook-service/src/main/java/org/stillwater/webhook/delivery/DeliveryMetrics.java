package org.stillwater.webhook.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;

/**
 * The delivery meters: each attempt's duration by outcome, attempts and failed attempts by subscription, and the
 * webhook hop, from the event's CloudEvent time to the receiver's 2xx (what a partner waits for an event).
 */
@ApplicationScoped
public class DeliveryMetrics {

    @Inject
    MeterRegistry registry;

    void attempted(UUID subscriptionId, SendResult result) {
        String outcome = result.delivered() ? "delivered" : result.responseCode() != null ? "refused" : "no-answer";
        Timer.builder("stillwater.webhook.delivery.duration")
                .description("One delivery attempt, from connecting to the end of the answer")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.ofMillis(result.latencyMillis()));
        Counter.builder("stillwater.webhook.delivery.attempts")
                .description("Delivery attempts per subscription")
                .tag("subscription", subscriptionId.toString())
                .register(registry)
                .increment();
        if (!result.delivered()) {
            Counter.builder("stillwater.webhook.delivery.failures")
                    .description("Delivery attempts that did not deliver (no 2xx), per subscription")
                    .tag("subscription", subscriptionId.toString())
                    .register(registry)
                    .increment();
        }
    }

    void hop(Duration sinceEvent) {
        Timer.builder("stillwater.webhook.hop")
                .description("From the event's CloudEvent time to the receiver's 2xx")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .register(registry)
                .record(sinceEvent.isNegative() ? Duration.ZERO : sinceEvent);
    }
}
