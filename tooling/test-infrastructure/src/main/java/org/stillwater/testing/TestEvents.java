package org.stillwater.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.stillwater.contracts.CloudEvent;
import org.stillwater.contracts.ContractValidator;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.EventJson;
import org.stillwater.contracts.EventType;

/**
 * Publishes events as another service would (its topic, key = patient id, CloudEvents JSON), so a service
 * under test can be fed the events it consumes. Events are checked against their contracts first.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** Publishes {@code data} as a new event and returns the event's id. */
    public static UUID publish(EventData data) {
        UUID id = UUID.randomUUID();
        publish(id, data, Instant.now());
        return id;
    }

    /** Publishes {@code data} with a chosen id, e.g. to deliver the same event twice. */
    public static void publish(UUID eventId, EventData data, Instant time) {
        EventType type = EventType.of(data.getClass());
        String json = EventJson.write(CloudEvent.of(eventId, "test-producer", type, data.patientId().toString(), time, data));
        ContractValidator.instance().parse(json);
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), data.patientId().toString(), json);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    /** Sends any text to a topic, e.g. a poison message. */
    public static void send(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    /** Sends a record as built, e.g. with the headers another component would have written. */
    public static void send(ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e);
        }
    }
}
