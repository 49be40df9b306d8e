package org.stillwater.webhook.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.stillwater.edge.idempotency.StoredForReplay;

/**
 * The answer to a creation: the subscription and its signing secret, which is never shown again (only a rotation
 * makes a new one). A retry with the same Idempotency-Key answers the same subscription without the secret: the
 * secret is kept only encrypted, never in the idempotency record.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreatedSubscription(UUID id, String url, List<String> eventTypes, String description, SubscriptionStatus status,
                                  Instant createdAt, String signingSecret) implements StoredForReplay {

    @Override
    public CreatedSubscription forReplay() {
        return new CreatedSubscription(id, url, eventTypes, description, status, createdAt, null);
    }
}
