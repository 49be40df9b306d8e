package org.stillwater.webhook.delivery;

import java.time.Instant;
import java.util.UUID;

/** A delivery in the list: its state and its last attempt's answer. */
public record DeliveryView(UUID id, UUID eventId, String eventType, UUID patientId, String status, int attempts,
                           Integer lastResponseCode, Integer lastLatencyMs, String lastError, Instant nextAttemptAt,
                           Instant createdAt, Instant deliveredAt) {

    static DeliveryView of(Delivery delivery) {
        boolean pending = DeliveryStatus.PENDING.name().equals(delivery.status);
        return new DeliveryView(delivery.id, delivery.eventId, delivery.eventType, delivery.patientId, delivery.status,
                delivery.attempts, delivery.lastResponseCode, delivery.lastLatencyMs, delivery.lastError,
                pending ? delivery.nextAttemptAt : null, delivery.createdAt, delivery.deliveredAt);
    }
}
