package org.stillwater.webhook.event;

import jakarta.inject.Inject;
import org.stillwater.contracts.EventData;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/**
 * Every event type is handled the same way here: stored and fanned out to the subscriptions that receive it, in the
 * inbox transaction. Each type still has its own {@code <Event>Handler} (the messaging convention), which only
 * names its event class.
 */
public abstract class WebhookEventHandler<T extends EventData> implements EventHandler<T> {

    @Inject
    ReceivedEvents receivedEvents;

    @Override
    public void handle(ReceivedEvent<T> event) {
        receivedEvents.receive(event);
    }
}
