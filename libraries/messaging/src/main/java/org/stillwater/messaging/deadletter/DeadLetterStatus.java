package org.stillwater.messaging.deadletter;

/** Where a dead letter stands: waiting for an operator, replayed through the inbox, or discarded with a reason. */
public enum DeadLetterStatus {
    OPEN,
    REPLAYED,
    DISCARDED
}
