package org.stillwater.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.launcher.kafka.KafkaBroker;
import org.stillwater.messaging.Fixtures;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.SharedInfrastructure;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry metrics;

    @Test
    void eventsWrittenWhileTheBrokerIsDownWaitInTheOutboxAndArriveInOrderWhenItIsBack() {
        UUID patient = UUID.randomUUID();
        KafkaBroker broker = SharedInfrastructure.get().kafka();
        broker.stop();
        try {
            for (int i = 0; i < 20; i++) {
                String order = String.format("order-%02d", i);
                QuarkusTransaction.requiringNew().run(() -> outbox.publish(Fixtures.approval(patient, order)));
            }
            assertEquals(20L, outboxRowsFor(patient), "writes are accepted while the broker is down; their events wait");
        } finally {
            broker.start();
        }

        try (PatientEvents events = PatientEvents.on(Topics.INTAKE_EVENTS, patient)) {
            List<String> order = events.awaitCount(20).stream()
                    .map(event -> event.data(EvaluationApproved.class).partnerId())
                    .distinct()
                    .toList();
            assertEquals(IntStream.range(0, 20).mapToObj(i -> String.format("order-%02d", i)).toList(), order);
        }
        assertEquals(0L, outboxRowsFor(patient));
    }

    @Test
    void twoRelaysAtOnceSendEachRowOnceAndKeepEachPatientsOrder() throws Exception {
        OutboxRelay second = secondRelay();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sentBySecond = new AtomicInteger();
        Thread secondInstance = new Thread(() -> {
            while (running.get()) {
                sentBySecond.addAndGet(second.relayBatch());
            }
        }, "second-relay");
        secondInstance.start();

        List<UUID> patients = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID()).toList();
        int perPatient = 40;
        try {
            for (int i = 0; i < perPatient; i++) {
                String order = String.format("order-%02d", i);
                for (UUID patient : patients) {
                    QuarkusTransaction.requiringNew().run(() -> outbox.publish(Fixtures.approval(patient, order)));
                }
            }
            for (UUID patient : patients) {
                try (PatientEvents events = PatientEvents.on(Topics.INTAKE_EVENTS, patient)) {
                    List<ValidatedEvent> received = events.awaitCount(perPatient);
                    assertEquals(perPatient, received.size(), "no event is published twice");
                    assertEquals(perPatient, new HashSet<>(received.stream().map(ValidatedEvent::id).toList()).size());
                    List<String> order = new ArrayList<>(received.stream()
                            .map(event -> event.data(EvaluationApproved.class).partnerId()).toList());
                    assertEquals(IntStream.range(0, perPatient).mapToObj(i -> String.format("order-%02d", i)).toList(), order);
                }
            }
        } finally {
            running.set(false);
            secondInstance.join(Duration.ofSeconds(30).toMillis());
            second.stop(null);
        }
        assertTrue(sentBySecond.get() > 0, "both relays took turns publishing");
    }

    /** Another instance of the service: same database, its own producer. */
    private OutboxRelay secondRelay() {
        OutboxRelay second = new OutboxRelay();
        second.entityManager = entityManager;
        second.metrics = metrics;
        second.bootstrapServers = SharedInfrastructure.get().bootstrapServers();
        second.applicationName = "messaging-test-second";
        second.batchSize = 20;
        second.pollInterval = Duration.ofMillis(10);
        second.sendTimeout = Duration.ofSeconds(15);
        return second;
    }

    private long outboxRowsFor(UUID patient) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where partition_key = :key")
                .setParameter("key", patient.toString()).getSingleResult()).longValue());
    }
}
