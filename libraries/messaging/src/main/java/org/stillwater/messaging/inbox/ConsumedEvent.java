package org.stillwater.messaging.inbox;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.stillwater.contracts.ValidatedEvent;

/**
 * A consumed record that passed the contracts, with what handling it needs.
 *
 * @param event      the record's event, validated against the contracts
 * @param topic      the topic it came on (stored with its inbox row)
 * @param producedAt when the producer wrote it to its outbox (the record's header); null when the record has none
 * @param headers    the record's headers, for the trace it continues
 * @param handlers   this service's handlers of its type, at least one
 */
public record ConsumedEvent(ValidatedEvent event, String topic, Instant producedAt, Headers headers, List<EventHandler<?>> handlers) {
}
