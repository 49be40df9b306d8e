package org.stillwater.messaging.deadletter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One dead letter with what it carried: the CloudEvents envelope (id, source, type, subject, time and data) when
 * the record meets the contracts, so no more than the contracts carry is ever shown. A record that does not meet
 * them may hold anything, free text included: it is withheld ({@code envelope} null, {@code envelopeWithheld}
 * says why and where the record itself is, for whoever may read the dead-letter topic).
 */
public record DeadLetterDetail(DeadLetter deadLetter, JsonNode envelope, String envelopeWithheld) {
}
