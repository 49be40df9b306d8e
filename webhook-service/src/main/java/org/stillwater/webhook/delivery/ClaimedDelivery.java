package org.stillwater.webhook.delivery;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A delivery a worker claimed: what to send where, and what the retry policy needs.
 *
 * @param body           the CloudEvent as it is sent (without data for ops)
 * @param eventTime      the CloudEvent's time, the start of the webhook hop
 * @param firstAttemptAt this round's first attempt, null before it
 * @param roundAttempts  attempts made in this round
 * @param secrets        the subscription's signing secrets valid now, newest first
 */
public record ClaimedDelivery(UUID id, UUID subscriptionId, URI url, UUID eventId, String body, Instant eventTime,
                              Instant firstAttemptAt, int roundAttempts, List<String> secrets) {
}
