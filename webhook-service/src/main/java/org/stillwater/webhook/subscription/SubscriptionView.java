package org.stillwater.webhook.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as its owner reads it: never its signing secret.
 *
 * @param eventTypes     the types it receives; empty = every type its owner may receive
 * @param disabledReason why it is DISABLED (GONE: the receiver answered 410 Gone)
 * @param failingSince   since when a delivery failed for good (retries exhausted); absent once one is delivered again
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(UUID id, String url, List<String> eventTypes, String description, SubscriptionStatus status,
                               Instant createdAt, Instant updatedAt, String disabledReason, Instant disabledAt,
                               Instant failingSince) {
}
