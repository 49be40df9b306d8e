package org.stillwater.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.Topics;
import org.stillwater.messaging.deadletter.DeadLetter;
import org.stillwater.messaging.deadletter.DeadLetterDetail;
import org.stillwater.messaging.deadletter.DeadLetterFilter;
import org.stillwater.messaging.deadletter.DeadLetterReason;
import org.stillwater.messaging.deadletter.DeadLetterStatus;
import org.stillwater.messaging.deadletter.DeadLetters;
import org.stillwater.messaging.deadletter.Replay;
import org.stillwater.messaging.deadletter.ReplayOutcome;
import org.stillwater.testing.Eventually;

/** Dead letters an operator can act on: read from the dead-letter topic, shown within the contracts, replayed through the inbox, discarded. */
@QuarkusTest
class DeadLettersTest {

    private static final String OPERATOR = "ops-test";

    @Inject
    DeadLetters deadLetters;

    @Inject
    EntityManager entityManager;

    @Test
    void aPoisonRecordBecomesAnOpenDeadLetterWhoseContentIsWithheld() {
        UUID patient = UUID.randomUUID();
        Fixtures.send(Topics.INTAKE_EVENTS, patient, "{not json, and free text that must not be shown}");

        DeadLetter letter = awaitDeadLetter(patient);
        assertEquals(Topics.INTAKE_EVENTS, letter.topic());
        assertEquals(DeadLetterReason.CONTRACT_VIOLATION, letter.reason());
        assertEquals(DeadLetterStatus.OPEN, letter.status());
        assertEquals(1, letter.attempts());
        assertNull(letter.eventId());
        assertTrue(letter.error().contains("not JSON"), letter.error());
        DeadLetterDetail detail = inTransaction(() -> deadLetters.detail(letter.deadLetterId())).orElseThrow();
        assertNull(detail.envelope(), "a record outside the contracts may hold anything: not shown");
        assertTrue(detail.envelopeWithheld().contains("intake.dlq"), detail.envelopeWithheld());
    }

    @Test
    void aFailedEventIsShownAsItsContractCarriesIt() {
        UUID patient = UUID.randomUUID();
        UUID eventId = sendRepairable(patient);

        DeadLetter letter = awaitDeadLetter(patient);
        assertEquals(eventId, letter.eventId());
        assertEquals("stillwater.EvaluationApproved.v1", letter.type());
        assertEquals(DeadLetterReason.HANDLER_FAILURE, letter.reason());
        assertTrue(letter.error().contains("until repaired"), letter.error());
        DeadLetterDetail detail = inTransaction(() -> deadLetters.detail(letter.deadLetterId())).orElseThrow();
        assertEquals(patient.toString(), detail.envelope().path("data").path("patientId").asText());
        assertEquals(eventId.toString(), detail.envelope().path("id").asText());
    }

    @Test
    void aReplayOnceTheHandlerIsRepairedHandlesTheEventOnceAndClosesTheDeadLetter() {
        UUID patient = UUID.randomUUID();
        UUID eventId = sendRepairable(patient);
        DeadLetter letter = awaitDeadLetter(patient);
        TestApplication.REPAIRED.add(eventId);

        Replay replay = replay(letter);

        assertEquals(ReplayOutcome.HANDLED, replay.outcome());
        assertEquals(DeadLetterStatus.REPLAYED, replay.deadLetter().status());
        assertEquals(OPERATOR, replay.deadLetter().resolvedBy());
        assertNotNull(replay.deadLetter().resolvedAt());
        assertEquals(1L, recordedFor(eventId));
        assertThrows(IllegalStateException.class, () -> replay(replay.deadLetter()), "a replayed dead letter is closed");
    }

    @Test
    void aReplayOfAnEventHandledSinceChangesNothing() {
        UUID patient = UUID.randomUUID();
        UUID eventId = sendRepairable(patient);
        DeadLetter letter = awaitDeadLetter(patient);
        TestApplication.REPAIRED.add(eventId);
        Fixtures.send(Topics.INTAKE_EVENTS, patient, Fixtures.cloudEvent(eventId, Fixtures.approval(patient, TestApplication.REPAIRABLE_PARTNER)));
        Eventually.until("the redelivered event handled", () -> recordedFor(eventId) == 1L);

        Replay replay = replay(letter);

        assertEquals(ReplayOutcome.ALREADY_HANDLED, replay.outcome());
        assertEquals(DeadLetterStatus.REPLAYED, replay.deadLetter().status());
        assertEquals(1L, recordedFor(eventId), "the inbox holds the event's id: handled once");
    }

    @Test
    void aReplayThatFailsAgainLeavesTheDeadLetterOpenWithOneMoreAttempt() {
        UUID patient = UUID.randomUUID();
        UUID eventId = sendRepairable(patient);
        DeadLetter letter = awaitDeadLetter(patient);

        Replay replay = replay(letter);

        assertEquals(ReplayOutcome.STILL_FAILING, replay.outcome());
        assertEquals(DeadLetterStatus.OPEN, replay.deadLetter().status());
        assertEquals(2, replay.deadLetter().attempts());
        assertTrue(replay.deadLetter().error().contains("until repaired"));
        assertTrue(!replay.deadLetter().lastFailedAt().isBefore(letter.lastFailedAt()));
        assertEquals(0L, recordedFor(eventId));
    }

    @Test
    void aDiscardedDeadLetterKeepsTheOperatorsReasonAndCannotBeReplayed() {
        UUID patient = UUID.randomUUID();
        sendRepairable(patient);
        DeadLetter letter = awaitDeadLetter(patient);

        DeadLetter discarded = inTransaction(() -> deadLetters.discard(deadLetters.locked(letter.deadLetterId()).orElseThrow(), OPERATOR,
                "duplicate of a corrected approval"));

        assertEquals(DeadLetterStatus.DISCARDED, discarded.status());
        assertEquals("duplicate of a corrected approval", discarded.discardReason());
        assertEquals(OPERATOR, discarded.resolvedBy());
        assertThrows(IllegalStateException.class, () -> replay(discarded));
    }

    @Test
    void aFilteredReplayTakesTheMatchingOpenDeadLettersInTheOrderTheyWereConsumed() {
        UUID patient = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID first = sendRepairable(patient);
        UUID second = sendRepairable(patient);
        UUID othersEvent = sendRepairable(other);
        Eventually.until("three dead letters", () -> open(patient).size() == 2 && open(other).size() == 1);
        TestApplication.REPAIRED.addAll(List.of(first, second, othersEvent));

        List<Replay> replays = inTransaction(() -> deadLetters.replayAll(
                new DeadLetterFilter(null, Topics.INTAKE_EVENTS, null, patient, DeadLetterReason.HANDLER_FAILURE), 100, OPERATOR));

        assertEquals(List.of(first, second), replays.stream().map(replay -> replay.deadLetter().eventId()).toList());
        assertTrue(replays.stream().allMatch(replay -> replay.outcome() == ReplayOutcome.HANDLED));
        assertEquals(1, open(other).size(), "another patient's dead letter is not in the filter");
    }

    private UUID sendRepairable(UUID patient) {
        UUID eventId = UUID.randomUUID();
        Fixtures.send(Topics.INTAKE_EVENTS, patient, Fixtures.cloudEvent(eventId, Fixtures.approval(patient, TestApplication.REPAIRABLE_PARTNER)));
        return eventId;
    }

    private DeadLetter awaitDeadLetter(UUID patient) {
        Eventually.until("a dead letter of patient " + patient, () -> !open(patient).isEmpty());
        return open(patient).get(0);
    }

    private List<DeadLetter> open(UUID patient) {
        return inTransaction(() -> deadLetters.list(new DeadLetterFilter(DeadLetterStatus.OPEN, null, null, patient, null), 0, 100));
    }

    private Replay replay(DeadLetter letter) {
        return inTransaction(() -> deadLetters.replay(deadLetters.locked(letter.deadLetterId()).orElseThrow(), OPERATOR));
    }

    private long recordedFor(UUID eventId) {
        return inTransaction(() -> ((Number) entityManager.createNativeQuery("select count(*) from recorded_approval where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
