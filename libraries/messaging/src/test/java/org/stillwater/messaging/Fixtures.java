package org.stillwater.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.stillwater.contracts.CloudEvent;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.EventJson;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.contracts.intake.ShippingAddress;
import org.stillwater.testing.SharedInfrastructure;

public final class Fixtures {

    private Fixtures() {
    }

    public static EvaluationApproved approval(UUID patientId, String partnerId) {
        return new EvaluationApproved(UUID.randomUUID(), UUID.randomUUID(), patientId, partnerId, "CA", "dr.california", "VIDEO",
                new Protocol(300, 72, true, 140, 90), 18, 12,
                new ShippingAddress("Alex Doe", "1 Main St", null, "Sacramento", "CA", "95814"), Instant.now());
    }

    public static String cloudEvent(UUID eventId, EventData data) {
        return EventJson.write(CloudEvent.of(eventId, "another-service", EventType.of(data.getClass()),
                data.patientId().toString(), Instant.now(), data));
    }

    /** Sends a raw record, as any producer (or a broken one) could. */
    public static void send(String topic, UUID key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key.toString(), value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends records in one Kafka transaction: a read_committed consumer sees them all at once, in one poll as a rule. */
    public static void sendTogether(String topic, UUID key, List<String> values) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "messaging-test-" + UUID.randomUUID(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            values.forEach(value -> producer.send(new ProducerRecord<>(topic, key.toString(), value)));
            producer.commitTransaction();
        }
    }

    public static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
