package org.stillwater.pharmacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The pharmacy handles every shipment request of its partitions in order and skips none, whatever fails between
 * two records: a record it could not handle, or a commit the broker did not take (as happens just after a broker
 * outage). A narrow unit test of the consuming loop, on Kafka's own {@link MockConsumer}.
 */
class ReferencePharmacyOrderTest {

    private static final TopicPartition FIRST = new TopicPartition("pharmacy.shipments", 0);
    private static final TopicPartition SECOND = new TopicPartition("pharmacy.shipments", 1);

    /** A consumer whose commit number {@code failingCommit} (counted from 1) fails as a broker timeout does. */
    private static final class BrokerAwayOnce extends MockConsumer<String, String> {
        private final int failingCommit;
        private int commits;

        BrokerAwayOnce(int failingCommit) {
            super("earliest");
            this.failingCommit = failingCommit;
        }

        @Override
        public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
            if (++commits == failingCommit) {
                throw new TimeoutException("Timeout of 60000ms expired before successfully committing offsets");
            }
            super.commitSync(offsets);
        }
    }

    /** The topic as the broker keeps it: every poll is offered the whole log and returns what lies past the position. */
    private static final List<ConsumerRecord<String, String>> LOG = List.of(
            new ConsumerRecord<>(FIRST.topic(), 0, 0, "patient-a", "a1"),
            new ConsumerRecord<>(FIRST.topic(), 0, 1, "patient-a", "a2"),
            new ConsumerRecord<>(FIRST.topic(), 0, 2, "patient-a", "a3"),
            new ConsumerRecord<>(SECOND.topic(), 1, 0, "patient-b", "b1"),
            new ConsumerRecord<>(SECOND.topic(), 1, 1, "patient-b", "b2"));

    private static MockConsumer<String, String> assigned(MockConsumer<String, String> consumer) {
        consumer.assign(List.of(FIRST, SECOND));
        consumer.updateBeginningOffsets(Map.of(FIRST, 0L, SECOND, 0L));
        return consumer;
    }

    /** Polls and handles until a poll finds nothing more, as the pharmacy's loop does; failures are retried. */
    private static void consumeUntilIdle(MockConsumer<String, String> consumer, Consumer<ConsumerRecord<String, String>> handler) {
        for (int polls = 0; polls < 20; polls++) {
            LOG.forEach(consumer::addRecord);
            var records = consumer.poll(Duration.ZERO);
            if (records.isEmpty()) {
                return;
            }
            try {
                ReferencePharmacy.handleInOrder(consumer, records, handler);
            } catch (RuntimeException retried) {
                // the pharmacy logs it and polls again
            }
        }
    }

    @Test
    void aCommitRefusedAfterABrokerOutageSkipsNoShipmentRequest() {
        MockConsumer<String, String> consumer = assigned(new BrokerAwayOnce(2));
        List<String> handled = new ArrayList<>();

        consumeUntilIdle(consumer, record -> handled.add(record.value()));

        assertEquals(Set.of("a1", "a2", "a3", "b1", "b2"), Set.copyOf(handled));
        assertEquals(Map.of(FIRST, new OffsetAndMetadata(3), SECOND, new OffsetAndMetadata(2)), consumer.committed(Set.of(FIRST, SECOND)));
    }

    @Test
    void aRequestThatCouldNotBeHandledIsReadAgainAndTheOtherPartitionsRecordsAreNotSkipped() {
        MockConsumer<String, String> consumer = assigned(new MockConsumer<>("earliest"));
        List<String> handled = new ArrayList<>();
        AtomicInteger attemptsOfA2 = new AtomicInteger();

        consumeUntilIdle(consumer, record -> {
            if (record.value().equals("a2") && attemptsOfA2.incrementAndGet() == 1) {
                throw new IllegalStateException("the platform could not be reached");
            }
            handled.add(record.value());
        });

        assertEquals(List.of("a1", "a2", "a3"), handled.stream().filter(value -> value.startsWith("a")).toList());
        assertEquals(List.of("b1", "b2"), handled.stream().filter(value -> value.startsWith("b")).toList());
        assertEquals(Map.of(FIRST, new OffsetAndMetadata(3), SECOND, new OffsetAndMetadata(2)), consumer.committed(Set.of(FIRST, SECOND)));
    }

    @Test
    void theFailureIsThrownAfterTheRewindSoTheLoopCanSayWhy() {
        MockConsumer<String, String> consumer = assigned(new BrokerAwayOnce(1));
        LOG.forEach(consumer::addRecord);

        KafkaException failed = assertThrows(KafkaException.class,
                () -> ReferencePharmacy.handleInOrder(consumer, consumer.poll(Duration.ZERO), record -> { }));

        assertEquals(TimeoutException.class, failed.getClass());
        assertEquals(0, consumer.position(FIRST));
        assertEquals(0, consumer.position(SECOND));
    }
}
