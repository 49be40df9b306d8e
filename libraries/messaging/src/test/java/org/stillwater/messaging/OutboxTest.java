package org.stillwater.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.messaging.outbox.Outbox;
import org.stillwater.messaging.outbox.OutboxRelay;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.PatientEvents;

@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void anEventCommittedWithItsChangeArrivesOnItsTopicAsAValidCloudEventKeyedByThePatient() {
        UUID patient = UUID.randomUUID();
        UUID eventId = QuarkusTransaction.requiringNew().call(() -> outbox.publish(Fixtures.approval(patient, "acme")));

        try (PatientEvents events = PatientEvents.on(Topics.INTAKE_EVENTS, patient)) {
            ValidatedEvent event = events.await(EventType.EVALUATION_APPROVED);
            assertEquals(eventId, event.id());
            assertEquals("messaging-test", event.source());
            assertEquals(patient.toString(), event.subject());
            assertEquals(patient, event.data(EvaluationApproved.class).patientId());
            var record = events.records().get(0);
            assertEquals(patient.toString(), record.key());
            assertEquals("application/cloudevents+json", Fixtures.header(record, "content-type"));
            assertTrue(Fixtures.header(record, OutboxRelay.PRODUCED_AT_HEADER) != null);
        }
    }

    @Test
    void anEventRelayedFromTheOutboxIsHandledByAConsumingService() {
        UUID patient = UUID.randomUUID();
        UUID eventId = QuarkusTransaction.requiringNew().call(() -> outbox.publish(Fixtures.approval(patient, "acme")));
        Eventually.until("the relayed event handled by the intake-events channel",
                () -> QuarkusTransaction.requiringNew().call(() -> TestApplication.RecordedApproval.findById(eventId) != null));
    }

    @Test
    void anEventWhoseTransactionRollsBackIsNeverPublished() {
        UUID rolledBack = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(Fixtures.approval(rolledBack, "acme"));
            throw new IllegalStateException("the state change failed");
        }));
        UUID marker = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(Fixtures.approval(marker, "acme")));

        try (PatientEvents markerEvents = PatientEvents.on(Topics.INTAKE_EVENTS, marker);
             PatientEvents rolledBackEvents = PatientEvents.on(Topics.INTAKE_EVENTS, rolledBack)) {
            markerEvents.await(EventType.EVALUATION_APPROVED);
            assertEquals(0L, outboxRowsFor(rolledBack));
            assertTrue(rolledBackEvents.events().isEmpty());
        }
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class, () -> outbox.publish(Fixtures.approval(UUID.randomUUID(), "acme")));
    }

    @Test
    void dataThatBreaksItsContractIsRefusedAndNothingIsStored() {
        UUID patient = UUID.randomUUID();
        EvaluationApproved valid = Fixtures.approval(patient, "acme");
        EvaluationApproved invalidState = new EvaluationApproved(valid.evaluationId(), valid.intakeId(), patient, "acme",
                "California", valid.clinicianId(), valid.modality(), valid.protocol(), valid.baselinePhq9(),
                valid.baselineGad7(), valid.shippingAddress(), valid.approvedAt());

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> outbox.publish(invalidState)));
        assertTrue(refused.getMessage().contains("patientState"), refused.getMessage());
        assertEquals(0L, outboxRowsFor(patient));
    }

    private long outboxRowsFor(UUID patient) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where partition_key = :key")
                .setParameter("key", patient.toString()).getSingleResult()).longValue());
    }
}
