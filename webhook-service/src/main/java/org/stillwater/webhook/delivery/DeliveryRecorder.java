package org.stillwater.webhook.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Records one attempt and what it decides, in a transaction of its own: the attempt row; DELIVERED on a 2xx (and
 * the subscription no longer failing); else the retry policy's next attempt, or FAILED (the subscription flagged as
 * failing since now), or on 410 Gone FAILED and the subscription DISABLED at once. The lease ends either way.
 */
@ApplicationScoped
public class DeliveryRecorder {

    @Inject
    EntityManager entityManager;

    @Inject
    DeliverySettings settings;

    @Inject
    DeliveryMetrics metrics;

    private final RandomGenerator random = RandomGenerator.getDefault();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(ClaimedDelivery delivery, SendResult result, Instant attemptedAt, Instant now) {
        entityManager.createNativeQuery("""
                        insert into delivery_attempt (id, delivery_id, attempted_at, response_code, latency_ms, error, response_excerpt)
                        values (:id, :delivery, :at, :code, :latency, :error, :excerpt)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("delivery", delivery.id())
                .setParameter("at", attemptedAt)
                .setParameter("code", result.responseCode())
                .setParameter("latency", result.latencyMillis())
                .setParameter("error", result.error())
                .setParameter("excerpt", result.excerpt())
                .executeUpdate();
        Instant firstAttemptAt = delivery.firstAttemptAt() != null ? delivery.firstAttemptAt() : attemptedAt;
        int roundAttempts = delivery.roundAttempts() + 1;
        metrics.attempted(delivery.subscriptionId(), result);
        if (result.delivered()) {
            update(delivery, result, "DELIVERED", firstAttemptAt, attemptedAt, roundAttempts, now);
            entityManager.createNativeQuery("update subscription set failing_since = null where id = :id and failing_since is not null")
                    .setParameter("id", delivery.subscriptionId())
                    .executeUpdate();
            metrics.hop(java.time.Duration.between(delivery.eventTime(), now));
            return;
        }
        RetryPolicy.Next next = settings.retryPolicy().afterFailure(result.responseCode(), roundAttempts, firstAttemptAt, now, random);
        if (!next.givesUp()) {
            update(delivery, result, "PENDING", firstAttemptAt, next.at(), roundAttempts, now);
            return;
        }
        update(delivery, result, "FAILED", firstAttemptAt, attemptedAt, roundAttempts, now);
        if (RetryPolicy.isGone(result.responseCode())) {
            entityManager.createNativeQuery("""
                            update subscription set status = 'DISABLED', disabled_reason = 'GONE', disabled_at = :now,
                                                    updated_at = :now, version = version + 1
                            where id = :id and status in ('ACTIVE', 'PAUSED')""")
                    .setParameter("id", delivery.subscriptionId())
                    .setParameter("now", now)
                    .executeUpdate();
        } else {
            entityManager.createNativeQuery("update subscription set failing_since = :now where id = :id and failing_since is null")
                    .setParameter("id", delivery.subscriptionId())
                    .setParameter("now", now)
                    .executeUpdate();
        }
    }

    private void update(ClaimedDelivery delivery, SendResult result, String status, Instant firstAttemptAt, Instant nextAttemptAt,
                        int roundAttempts, Instant now) {
        entityManager.createNativeQuery("""
                        update delivery set status = :status, attempts = attempts + 1, round_attempts = :round,
                                            first_attempt_at = :first, last_attempt_at = :now, next_attempt_at = :next,
                                            last_response_code = :code, last_latency_ms = :latency, last_error = :error,
                                            delivered_at = case when :status = 'DELIVERED' then :now else delivered_at end,
                                            leased_until = null
                        where id = :id""")
                .setParameter("id", delivery.id())
                .setParameter("status", status)
                .setParameter("round", roundAttempts)
                .setParameter("first", firstAttemptAt)
                .setParameter("now", now)
                .setParameter("next", nextAttemptAt)
                .setParameter("code", result.responseCode())
                .setParameter("latency", result.latencyMillis())
                .setParameter("error", result.error())
                .executeUpdate();
    }
}
