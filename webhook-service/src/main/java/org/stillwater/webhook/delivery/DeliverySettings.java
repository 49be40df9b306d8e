package org.stillwater.webhook.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The delivery worker's settings, {@code stillwater.webhook.delivery.*}. */
@ConfigMapping(prefix = "stillwater.webhook.delivery")
public interface DeliverySettings {

    /** The first retry's ceiling; doubles with each attempt. */
    @WithDefault("PT1S")
    Duration retryBase();

    /** The largest ceiling between two attempts. */
    @WithDefault("PT1H")
    Duration retryCap();

    /** How long after a round's first attempt a delivery is retried before it fails for good. */
    @WithDefault("PT24H")
    Duration giveUpAfter();

    /** Requests in flight to one subscription at a time, so a slow receiver holds no more than its share. */
    @WithDefault("4")
    int maxInFlightPerSubscription();

    /** Threads sending deliveries (each waits on one request at a time). */
    @WithDefault("16")
    int threads();

    /** How often the worker looks for due deliveries when nothing wakes it (a retry coming due, another instance's events). */
    @WithDefault("PT1S")
    Duration pollInterval();

    /**
     * How long a claimed delivery belongs to the worker that claimed it. Longer than a request may take: if the
     * worker dies before recording the answer, the delivery is sent again once the lease has expired.
     */
    @WithDefault("PT1M")
    Duration lease();

    @WithDefault("PT2S")
    Duration connectTimeout();

    /** The whole request, from connecting to the end of the answer's excerpt. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /** False: this instance sends nothing (events are still stored and deliveries queued). */
    @WithDefault("true")
    boolean enabled();

    default RetryPolicy retryPolicy() {
        return new RetryPolicy(retryBase(), retryCap(), giveUpAfter());
    }
}
