package org.stillwater.webhook.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer to a creation: the subscription and its signing secret, which is never shown again (only a rotation makes a new one). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreatedSubscription(UUID id, String url, List<String> eventTypes, String description, SubscriptionStatus status,
                                  Instant createdAt, String signingSecret) {
}
