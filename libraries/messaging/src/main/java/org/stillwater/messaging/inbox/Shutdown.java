package org.stillwater.messaging.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether this process has begun to stop. From then on its database, its Kafka clients and its handlers close one
 * after the other, and whatever fails may fail only because of that: such a record is left uncommitted for the
 * partition's next owner, never dead-lettered. Observed first ({@code @Priority(1)}), before the messaging
 * connectors and Hibernate close at bean destruction.
 */
@ApplicationScoped
public class Shutdown {

    private volatile boolean begun;

    void begin(@Observes @Priority(1) ShutdownEvent stopping) {
        begun = true;
    }

    public boolean begun() {
        return begun;
    }
}
