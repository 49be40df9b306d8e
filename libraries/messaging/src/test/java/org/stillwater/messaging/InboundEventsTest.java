package org.stillwater.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.intake.IntakeSubmitted;
import org.stillwater.contracts.session.SessionStarted;
import org.stillwater.messaging.inbox.BatchRedelivered;
import org.stillwater.messaging.inbox.InboundEvents;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.SharedInfrastructure;

@QuarkusTest
class InboundEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager entityManager;

    @Inject
    InboundEvents inbound;

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID patient = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String approval = Fixtures.cloudEvent(eventId, Fixtures.approval(patient, "acme"));
        Fixtures.send(Topics.INTAKE_EVENTS, patient, approval);
        Fixtures.send(Topics.INTAKE_EVENTS, patient, approval);
        UUID marker = sendApproval(patient, "marker");

        awaitRecorded(marker);
        assertEquals(1L, recordedFor(eventId));
        assertEquals(2L, recordedForPatient(patient));
    }

    @Test
    void aMalformedMessageGoesToTheDeadLetterTopicWithItsReasonAndTheNextEventIsStillHandled() {
        UUID patient = UUID.randomUUID();
        Fixtures.send(Topics.INTAKE_EVENTS, patient, "{not json");
        UUID next = sendApproval(patient, "acme");

        awaitRecorded(next);
        try (PatientEvents deadLetters = PatientEvents.on(Topics.deadLetterTopic("intake"), patient)) {
            ConsumerRecord<String, String> poison = deadLetters.awaitRecord(record -> "{not json".equals(record.value()));
            assertTrue(Fixtures.header(poison, "dead-letter-reason").contains("not JSON"), Fixtures.header(poison, "dead-letter-reason"));
        }
    }

    @Test
    void anEventOfAnUnknownTypeGoesToTheDeadLetterTopic() {
        UUID patient = UUID.randomUUID();
        String unknown = Fixtures.cloudEvent(UUID.randomUUID(), Fixtures.approval(patient, "acme"))
                .replace("stillwater.EvaluationApproved.v1", "stillwater.PatientTeleported.v1");
        Fixtures.send(Topics.INTAKE_EVENTS, patient, unknown);
        UUID next = sendApproval(patient, "acme");

        awaitRecorded(next);
        try (PatientEvents deadLetters = PatientEvents.on(Topics.deadLetterTopic("intake"), patient)) {
            ConsumerRecord<String, String> poison = deadLetters.awaitRecord(record -> record.value().contains("PatientTeleported"));
            assertTrue(Fixtures.header(poison, "dead-letter-reason").contains("unknown event type"));
        }
    }

    @Test
    void anEventOnAnotherEventsTopicGoesToTheDeadLetterTopic() {
        UUID patient = UUID.randomUUID();
        String misplaced = Fixtures.cloudEvent(UUID.randomUUID(),
                new SessionStarted(UUID.randomUUID(), patient, UUID.randomUUID(), 1, new org.stillwater.contracts.BloodPressure(120, 80), Instant.now()));
        Fixtures.send(Topics.INTAKE_EVENTS, patient, misplaced);

        try (PatientEvents deadLetters = PatientEvents.on(Topics.deadLetterTopic("intake"), patient)) {
            ConsumerRecord<String, String> poison = deadLetters.awaitRecord(record -> record.value().contains("SessionStarted"));
            assertTrue(Fixtures.header(poison, "dead-letter-reason").contains("does not belong on intake.events"));
        }
    }

    @Test
    void anEventThisServiceDoesNotReactToIsSkipped() {
        UUID patient = UUID.randomUUID();
        UUID submitted = UUID.randomUUID();
        Fixtures.send(Topics.INTAKE_EVENTS, patient, Fixtures.cloudEvent(submitted,
                new IntakeSubmitted(UUID.randomUUID(), patient, "acme", "CA", 12, 8, false, List.of(), false, Instant.now())));
        UUID marker = sendApproval(patient, "acme");

        awaitRecorded(marker);
        assertEquals(0L, inboxRows(submitted));
        assertEquals(1L, inboxRows(marker));
    }

    @Test
    void aHandlerThatFailsTwiceIsRetriedAndItsEffectHappensOnce() {
        UUID patient = UUID.randomUUID();
        UUID flaky = sendApproval(patient, TestApplication.FLAKY_PARTNER);

        awaitRecorded(flaky);
        assertEquals(1L, recordedFor(flaky));
        assertEquals(3, TestApplication.ATTEMPTS.get(flaky).get());
    }

    @Test
    void aHandlerThatKeepsFailingSendsTheEventToTheDeadLetterTopicAndConsumptionGoesOn() {
        UUID patient = UUID.randomUUID();
        UUID broken = sendApproval(patient, TestApplication.BROKEN_PARTNER);
        UUID next = sendApproval(patient, "acme");

        awaitRecorded(next);
        assertEquals(0L, recordedFor(broken), "every failed attempt rolled back");
        assertEquals(0L, inboxRows(broken));
        try (PatientEvents deadLetters = PatientEvents.on(Topics.deadLetterTopic("intake"), patient)) {
            ConsumerRecord<String, String> failed = deadLetters.awaitRecord(record -> record.value().contains(broken.toString()));
            assertTrue(Fixtures.header(failed, "dead-letter-reason").contains("test handler fails"));
        }
    }

    @Test
    void theEventsOfOnePollCommitInOneTransactionNotOneEach() {
        UUID patient = UUID.randomUUID();
        List<UUID> events = java.util.stream.IntStream.range(0, 10).mapToObj(i -> UUID.randomUUID()).toList();
        Fixtures.sendTogether(Topics.INTAKE_EVENTS, patient,
                events.stream().map(id -> Fixtures.cloudEvent(id, Fixtures.approval(patient, "acme"))).toList());

        events.forEach(this::awaitRecorded);
        long transactions = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(distinct xmin::text) from inbox_event where event_id in (:ids)")
                .setParameter("ids", events).getSingleResult()).longValue());
        assertTrue(transactions < events.size(), "10 events sent together committed in " + transactions + " transactions");
    }

    @Test
    void aFailingEventAmongOthersIsDeadLetteredAloneAndTheOthersAreHandledOnceInTheirOrder() {
        UUID patient = UUID.randomUUID();
        UUID before = UUID.randomUUID();
        UUID broken = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        Fixtures.sendTogether(Topics.INTAKE_EVENTS, patient, List.of(
                Fixtures.cloudEvent(before, Fixtures.approval(patient, "acme")),
                Fixtures.cloudEvent(broken, Fixtures.approval(patient, TestApplication.BROKEN_PARTNER)),
                Fixtures.cloudEvent(after, Fixtures.approval(patient, "acme"))));

        awaitRecorded(after);
        assertEquals(1L, recordedFor(before));
        assertEquals(1L, recordedFor(after));
        assertEquals(0L, inboxRows(broken), "every attempt of the failing event rolled back");
        assertTrue(handledAt(before).isBefore(handledAt(after)), "the patient's events handled in their order");
        try (PatientEvents deadLetters = PatientEvents.on(Topics.deadLetterTopic("intake"), patient)) {
            deadLetters.awaitRecord(record -> record.value().contains(broken.toString()));
            assertEquals(1, deadLetters.records().size(), "only the failing event is dead-lettered: " + deadLetters.records());
        }
    }

    @Test
    void theEventsBeforeAPoisonRecordCommitBeforeItIsDeadLettered() {
        UUID patient = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String poison = "{not json, after " + second + "}";
        Fixtures.sendTogether(Topics.INTAKE_EVENTS, patient, List.of(
                Fixtures.cloudEvent(first, Fixtures.approval(patient, "acme")),
                Fixtures.cloudEvent(second, Fixtures.approval(patient, "acme")),
                poison));

        try (PatientEvents deadLetters = PatientEvents.on(Topics.deadLetterTopic("intake"), patient)) {
            ConsumerRecord<String, String> deadLetter = deadLetters.awaitRecord(record -> poison.equals(record.value()));
            Instant deadLettered = Instant.ofEpochMilli(deadLetter.timestamp());
            // dead-lettering acknowledges the poll's last record of the partition: its offset may be committed from then on
            assertEquals(1L, recordedFor(first), "the first event before it committed by the time it was dead-lettered");
            assertEquals(1L, recordedFor(second), "the second event before it committed by the time it was dead-lettered");
            assertTrue(!deadLettered.isBefore(handledAt(second).truncatedTo(java.time.temporal.ChronoUnit.MILLIS)),
                    "dead-lettered at " + deadLettered + ", the event before it handled at " + handledAt(second));
        }
    }

    @Test
    void anEventWhoseDatabaseIsAwayWaitsUntilItIsBackAndIsNeverDeadLettered() {
        UUID patient = UUID.randomUUID();
        UUID waiting = sendApproval(patient, TestApplication.DATABASE_AWAY_PARTNER);
        UUID next = sendApproval(patient, "acme");
        String marker = "{not json, after " + next + "}";
        Fixtures.send(Topics.INTAKE_EVENTS, patient, marker);

        awaitRecorded(next, Duration.ofSeconds(60));
        assertEquals(1L, recordedFor(waiting), "handled once the database was back, before the patient's next event");
        assertEquals(TestApplication.ATTEMPTS_WHILE_AWAY + 1, TestApplication.ATTEMPTS.get(waiting).get());
        try (PatientEvents deadLetters = PatientEvents.on(Topics.deadLetterTopic("intake"), patient)) {
            deadLetters.awaitRecord(record -> marker.equals(record.value()));
            assertTrue(deadLetters.records().stream().noneMatch(record -> record.value().contains(waiting.toString())),
                    "a transient failure is never dead-lettered (the patient's later poison is, after it)");
        }
    }

    @Test
    void twoConsumersOfOneGroupShareTheEventsWithoutDoubleEffects() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger handledBySecond = new AtomicInteger();
        java.util.concurrent.CountDownLatch joined = new java.util.concurrent.CountDownLatch(1);
        Thread secondInstance = new Thread(() -> consumeAsSecondInstance(running, handledBySecond, joined), "second-consumer");
        secondInstance.start();
        assertTrue(joined.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the second instance joined the group");

        List<UUID> patients = java.util.stream.IntStream.range(0, 12).mapToObj(i -> UUID.randomUUID()).toList();
        List<UUID> events = new java.util.ArrayList<>();
        try {
            for (UUID patient : patients) {
                for (int i = 0; i < 5; i++) {
                    UUID eventId = UUID.randomUUID();
                    String event = Fixtures.cloudEvent(eventId, Fixtures.approval(patient, "acme"));
                    Fixtures.send(Topics.INTAKE_EVENTS, patient, event);
                    if (i % 2 == 0) {
                        Fixtures.send(Topics.INTAKE_EVENTS, patient, event);
                    }
                    events.add(eventId);
                }
            }
            events.forEach(this::awaitRecorded);
        } finally {
            running.set(false);
            secondInstance.join(WAIT.toMillis());
        }
        for (UUID patient : patients) {
            assertEquals(5L, recordedForPatient(patient));
        }
        assertTrue(handledBySecond.get() > 0, "the second instance took some partitions");
    }

    /** The stand-in commits with its own consumer, after each poll. */
    private static final KafkaCommitHandler NOTHING_TO_COMMIT = new KafkaCommitHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
            return Uni.createFrom().voidItem();
        }
    };
    /** The real channel dead-letters poison; this stand-in only needs the good ones. A poll left whole fails, as with the real channel. */
    private static final KafkaFailureHandler NOT_DEAD_LETTERED = new KafkaFailureHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            return reason instanceof BatchRedelivered ? Uni.createFrom().failure(reason) : Uni.createFrom().voidItem();
        }
    };

    /** Another instance of the service: same group, same database, the same inbound path. */
    private void consumeAsSecondInstance(AtomicBoolean running, AtomicInteger handled, java.util.concurrent.CountDownLatch joined) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "messaging-test",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.INTAKE_EVENTS), new org.apache.kafka.clients.consumer.ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(java.util.Collection<org.apache.kafka.common.TopicPartition> partitions) {
                    consumer.commitSync();
                }

                @Override
                public void onPartitionsAssigned(java.util.Collection<org.apache.kafka.common.TopicPartition> partitions) {
                    if (!partitions.isEmpty()) {
                        joined.countDown();
                    }
                }
            });
            while (running.get()) {
                ConsumerRecords<String, String> poll = consumer.poll(Duration.ofMillis(200));
                if (!poll.isEmpty()) {
                    try {
                        inbound.accept(new IncomingKafkaRecordBatch<>(poll, "second-instance", 0, NOTHING_TO_COMMIT, NOT_DEAD_LETTERED, false, false))
                                .toCompletableFuture().join();
                    } catch (java.util.concurrent.CompletionException leftForTheNextOwner) {
                        // as the real channel does: nothing of the poll committed, this consumer stops
                        poll.partitions().forEach(partition -> consumer.seek(partition, poll.records(partition).get(0).offset()));
                        return;
                    }
                    handled.addAndGet(poll.count());
                }
                consumer.commitSync();
            }
        }
    }

    private UUID sendApproval(UUID patient, String partnerId) {
        UUID eventId = UUID.randomUUID();
        Fixtures.send(Topics.INTAKE_EVENTS, patient, Fixtures.cloudEvent(eventId, Fixtures.approval(patient, partnerId)));
        return eventId;
    }

    private void awaitRecorded(UUID eventId) {
        awaitRecorded(eventId, WAIT);
    }

    private void awaitRecorded(UUID eventId, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (recordedFor(eventId) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("event " + eventId + " was not handled within " + wait.toSeconds() + " s");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private long recordedFor(UUID eventId) {
        return count("select count(*) from recorded_approval where event_id = :id", eventId);
    }

    private long recordedForPatient(UUID patient) {
        return count("select count(*) from recorded_approval where patient_id = :id", patient);
    }

    private Instant handledAt(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((java.time.OffsetDateTime) entityManager.createNativeQuery(
                        "select handled_at from inbox_event where event_id = :id", java.time.OffsetDateTime.class)
                .setParameter("id", eventId).getSingleResult()).toInstant());
    }

    private long inboxRows(UUID eventId) {
        return count("select count(*) from inbox_event where event_id = :id", eventId);
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("id", id).getSingleResult()).longValue());
    }
}
