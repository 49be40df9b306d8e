package org.stillwater.messaging.inbox;

import org.stillwater.contracts.EventData;

/**
 * A service's reaction to one event type. Implementations are CDI beans; {@link InboundEvents} calls
 * {@link #handle} on a worker thread inside the transaction that records the event id, at most once per
 * event however often it is delivered. Whatever the handler writes, including outbox events, commits with it.
 */
public interface EventHandler<T extends EventData> {

    Class<T> eventClass();

    void handle(ReceivedEvent<T> event);
}
