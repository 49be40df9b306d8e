package org.stillwater.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
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
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.intake.IntakeSubmitted;
import org.stillwater.contracts.session.SessionStarted;
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
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        inbound.accept(record);
                        handled.incrementAndGet();
                    } catch (RuntimeException poison) {
                        // the real channel dead-letters these; this stand-in only needs the good ones
                    }
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

    private long inboxRows(UUID eventId) {
        return count("select count(*) from inbox_event where event_id = :id", eventId);
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("id", id).getSingleResult()).longValue());
    }
}
