package org.stillwater.webhook.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One delivery with every attempt, oldest first. */
public record DeliveryDetail(UUID id, UUID eventId, String eventType, UUID patientId, String status, int attempts,
                             Integer lastResponseCode, Integer lastLatencyMs, String lastError, Instant nextAttemptAt,
                             Instant createdAt, Instant deliveredAt, List<AttemptView> attemptLog) {

    /** An attempt: the answer's code (null when none came), its latency, the error, the body's first 256 characters. */
    public record AttemptView(Instant attemptedAt, Integer responseCode, int latencyMs, String error, String responseExcerpt) {

        static AttemptView of(DeliveryAttempt attempt) {
            return new AttemptView(attempt.attemptedAt, attempt.responseCode, attempt.latencyMs, attempt.error, attempt.responseExcerpt);
        }
    }

    static DeliveryDetail of(Delivery delivery, List<DeliveryAttempt> attempts) {
        DeliveryView view = DeliveryView.of(delivery);
        return new DeliveryDetail(view.id(), view.eventId(), view.eventType(), view.patientId(), view.status(), view.attempts(),
                view.lastResponseCode(), view.lastLatencyMs(), view.lastError(), view.nextAttemptAt(), view.createdAt(),
                view.deliveredAt(), attempts.stream().map(AttemptView::of).toList());
    }
}
