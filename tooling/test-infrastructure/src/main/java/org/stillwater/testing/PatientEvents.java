package org.stillwater.testing;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.stillwater.contracts.ContractValidator;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.ValidatedEvent;

/**
 * One patient's events on a topic, read as an outside consumer would (Kafka companion, its own group, from
 * the beginning). Every event is checked against its contract when read: an invalid one fails the test.
 */
public final class PatientEvents implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaCompanion companion;
    private final ConsumerTask<String, String> task;
    private final String topic;
    private final UUID patientId;

    private PatientEvents(String bootstrapServers, String topic, UUID patientId) {
        this.topic = topic;
        this.patientId = patientId;
        this.companion = new KafkaCompanion(bootstrapServers);
        this.task = companion.consumeStrings()
                .withGroupId("test-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST)
                .withProp(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .fromTopics(topic, records -> records.filter(record -> patientId.toString().equals(record.key())));
    }

    /** On the shared test infrastructure's broker. */
    public static PatientEvents on(String topic, UUID patientId) {
        return new PatientEvents(SharedInfrastructure.get().bootstrapServers(), topic, patientId);
    }

    /** On another broker, e.g. the one of a platform the launcher started. */
    public static PatientEvents on(String bootstrapServers, String topic, UUID patientId) {
        return new PatientEvents(bootstrapServers, topic, patientId);
    }

    /** Waits for the first event of {@code type} and returns it. */
    public ValidatedEvent await(EventType type) {
        return await(type, event -> true);
    }

    /** Waits for the first event of {@code type} that matches. */
    public ValidatedEvent await(EventType type, Predicate<ValidatedEvent> matching) {
        long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ValidatedEvent> found = events().stream().filter(e -> e.type() == type).filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            pause();
        }
        throw new AssertionError("no " + type.eventName() + " for patient " + patientId + " on " + topic
                + " within " + DEFAULT_TIMEOUT.toSeconds() + " s; saw " + events().stream().map(e -> e.type().eventName()).toList());
    }

    /** Waits until at least {@code count} events arrived, then returns them in topic order. */
    public List<ValidatedEvent> awaitCount(int count) {
        long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
        while (events().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " events for patient " + patientId + " on " + topic
                        + ", got " + events().size());
            }
            pause();
        }
        return events();
    }

    /** Waits for a raw record (valid or not, e.g. on a dead-letter topic) that matches. */
    public ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> matching) {
        long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ConsumerRecord<String, String>> found = records().stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            pause();
        }
        throw new AssertionError("no matching record for patient " + patientId + " on " + topic + " within "
                + DEFAULT_TIMEOUT.toSeconds() + " s; saw " + records().size() + " records");
    }

    /** The events read so far, each validated against its contract. */
    public List<ValidatedEvent> events() {
        return records().stream().map(record -> ContractValidator.instance().parse(record.value())).toList();
    }

    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(task.getRecords());
    }

    @Override
    public void close() {
        task.close();
        companion.close();
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
