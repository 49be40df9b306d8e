package org.stillwater.webhook.delivery;

import java.time.Instant;
import java.util.UUID;

/** Either one delivery ({@code deliveryId}) or the deliveries created in [{@code from}, {@code to}). */
public record RedeliveryRequest(UUID deliveryId, Instant from, Instant to) {
}
