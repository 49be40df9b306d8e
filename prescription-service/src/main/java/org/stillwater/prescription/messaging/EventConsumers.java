package org.stillwater.prescription.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.stillwater.messaging.inbox.InboundEvents;

/**
 * The topics prescription-service consumes. Each record goes through {@link InboundEvents}: validated against
 * the contracts, handled once per event id by this service's event handlers, dead-lettered when it cannot be.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    InboundEvents inbound;

    @Incoming("intake-events")
    @Blocking
    public void consumeIntakeEvents(ConsumerRecord<String, String> record) {
        inbound.accept(record);
    }

    @Incoming("session-events")
    @Blocking
    public void consumeSessionEvents(ConsumerRecord<String, String> record) {
        inbound.accept(record);
    }

    @Incoming("checkin-events")
    @Blocking
    public void consumeCheckinEvents(ConsumerRecord<String, String> record) {
        inbound.accept(record);
    }
}
