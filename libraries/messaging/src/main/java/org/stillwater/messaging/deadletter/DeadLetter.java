package org.stillwater.messaging.deadletter;

import java.time.Instant;
import java.util.UUID;

/**
 * One dead-lettered record as an operator sees it in a list: where it was consumed from (topic, partition, offset),
 * the event it carried when its envelope could be read (id, CloudEvents type, patient), why it failed
 * ({@code reason} and the handling's {@code error} message), when it first and last failed, how many times it
 * failed for good (dead-lettered, or a replay that failed), and what an operator did with it.
 *
 * @param deadLetterTopic     the service's {@code <service>.dlq} topic, where the record itself stays
 * @param deadLetterPartition its partition there
 * @param deadLetterOffset    its offset there
 */
public record DeadLetter(
        UUID deadLetterId,
        String topic,
        int partition,
        long offset,
        UUID eventId,
        String type,
        UUID patientId,
        DeadLetterReason reason,
        String error,
        Instant firstFailedAt,
        Instant lastFailedAt,
        int attempts,
        DeadLetterStatus status,
        Instant resolvedAt,
        String resolvedBy,
        String discardReason,
        String deadLetterTopic,
        int deadLetterPartition,
        long deadLetterOffset) {
}
