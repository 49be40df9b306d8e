package org.stillwater.messaging.outbox;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An event waiting in the outbox; the id (a sequence) is the publishing order. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    UUID eventId;
    String topic;
    String partitionKey;
    String eventType;
    String payload;
    String traceparent;

    protected OutboxEvent() {
    }

    OutboxEvent(UUID eventId, String topic, String partitionKey, String eventType, String payload, String traceparent) {
        this.eventId = eventId;
        this.topic = topic;
        this.partitionKey = partitionKey;
        this.eventType = eventType;
        this.payload = payload;
        this.traceparent = traceparent;
    }
}
