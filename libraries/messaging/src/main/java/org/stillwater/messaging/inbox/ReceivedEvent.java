package org.stillwater.messaging.inbox;

import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.EventType;

/** A consumed event: its envelope's id, type, source and time, and its data as the contract record. */
public record ReceivedEvent<T extends EventData>(UUID id, EventType type, String source, Instant time, T data) {
}
