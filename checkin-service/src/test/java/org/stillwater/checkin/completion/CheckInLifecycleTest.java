package org.stillwater.checkin.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.checkin.followup.Measurement;
import org.stillwater.checkin.schedule.CheckIn;
import org.stillwater.checkin.schedule.CheckInKind;
import org.stillwater.checkin.schedule.CheckInStatus;
import org.stillwater.checkin.treatment.Outcome;
import org.stillwater.checkin.treatment.TreatmentStatus;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.checkin.CheckInCompleted;
import org.stillwater.contracts.checkin.DosageAdjusted;
import org.stillwater.contracts.checkin.TreatmentDiscontinued;
import org.stillwater.contracts.checkin.TreatmentPaused;
import org.stillwater.contracts.checkin.TreatmentResumed;
import org.stillwater.regulatory.refusal.Refused;
import org.stillwater.regulatory.refusal.Transition;

class CheckInLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-03-30T10:00:00Z");
    private static final List<Integer> PHQ9 = List.of(1, 1, 1, 1, 1, 1, 1, 0, 0);
    private static final List<Integer> GAD7 = List.of(1, 1, 1, 1, 0, 0, 0);
    private static final int BASELINE_PHQ9 = 14;
    private static final CheckInLifecycle.Clinician RIVERA = new CheckInLifecycle.Clinician("dr.california", "1234567893", "BR1234563");

    private static CheckIn scheduled(CheckInKind kind) {
        CheckIn checkIn = new CheckIn();
        checkIn.id = UUID.randomUUID();
        checkIn.patientId = UUID.randomUUID();
        checkIn.kind = kind;
        checkIn.status = CheckInStatus.SCHEDULED;
        return checkIn;
    }

    private static Transition<EventData> complete(CheckIn checkIn, Outcome outcome, CompletionRequest.Adjustment adjustment,
                                                  TreatmentStatus status) {
        CompletionRequest request = new CompletionRequest(PHQ9, GAD7, outcome, adjustment, "steady", "improving");
        CompletionFacts facts = new CompletionFacts(checkIn.kind, outcome, adjustment, 300, 72, 100, status,
                checkIn.holdAdverseEventId != null, PHQ9, GAD7, "improving", null, NOW, RIVERA.deaNumber(), Optional.of("Rivera"));
        return CheckInLifecycle.complete(checkIn, request, facts, BASELINE_PHQ9, RIVERA, NOW);
    }

    private static CheckInCompleted completed(CheckIn checkIn, Outcome outcome) {
        Measurement measurement = Measurement.of(PHQ9, GAD7, BASELINE_PHQ9);
        return new CheckInCompleted(checkIn.id, checkIn.patientId, checkIn.kind.name(), outcome.name(), "dr.california", 7, 4,
                measurement.response(), measurement.remission(), checkIn.holdAdverseEventId, NOW);
    }

    @Test
    void continuingAnnouncesOnlyCheckInCompleted() {
        CheckIn checkIn = scheduled(CheckInKind.WEEKLY);
        Transition<EventData> transition = complete(checkIn, Outcome.CONTINUE, null, TreatmentStatus.ACTIVE);

        assertEquals(CheckInStatus.COMPLETED, checkIn.status);
        assertEquals(List.of(completed(checkIn, Outcome.CONTINUE)), transition.events());
    }

    @Test
    void anAdjustmentAnnouncesCheckInCompletedThenDosageAdjustedWithTheClinician() {
        CheckIn checkIn = scheduled(CheckInKind.INTEGRATION);
        Transition<EventData> transition = complete(checkIn, Outcome.ADJUST, new CompletionRequest.Adjustment(200, 96), TreatmentStatus.ACTIVE);

        assertEquals(List.of(completed(checkIn, Outcome.ADJUST), new DosageAdjusted(checkIn.id, checkIn.patientId, 200, 96, "dr.california",
                "1234567893", "BR1234563", NOW)), transition.events());
    }

    @Test
    void aPauseAnnouncesTreatmentPaused() {
        CheckIn checkIn = scheduled(CheckInKind.WEEKLY);
        Transition<EventData> transition = complete(checkIn, Outcome.PAUSE, null, TreatmentStatus.ACTIVE);

        assertEquals(List.of(completed(checkIn, Outcome.PAUSE), new TreatmentPaused(checkIn.id, checkIn.patientId, "dr.california", NOW)),
                transition.events());
    }

    @Test
    void resumingAfterAnAdverseEventNamesTheHoldItLifts() {
        CheckIn checkIn = scheduled(CheckInKind.URGENT);
        checkIn.holdAdverseEventId = UUID.randomUUID();
        Transition<EventData> transition = complete(checkIn, Outcome.RESUME, null, TreatmentStatus.PAUSED);

        assertEquals(checkIn.holdAdverseEventId, checkIn.liftsAdverseEventHold);
        assertEquals(List.of(completed(checkIn, Outcome.RESUME), new TreatmentResumed(checkIn.id, checkIn.patientId, "dr.california",
                checkIn.holdAdverseEventId, NOW)), transition.events());
    }

    @Test
    void discontinuingAnnouncesTreatmentDiscontinued() {
        CheckIn checkIn = scheduled(CheckInKind.WEEKLY);
        Transition<EventData> transition = complete(checkIn, Outcome.DISCONTINUE, null, TreatmentStatus.ACTIVE);

        assertEquals(List.of(completed(checkIn, Outcome.DISCONTINUE), new TreatmentDiscontinued(checkIn.id, checkIn.patientId,
                "dr.california", NOW)), transition.events());
    }

    @Test
    void aCompletedCheckInIsNotCompletedAgain() {
        CheckIn checkIn = scheduled(CheckInKind.WEEKLY);
        complete(checkIn, Outcome.CONTINUE, null, TreatmentStatus.ACTIVE);

        Refused refused = complete(checkIn, Outcome.PAUSE, null, TreatmentStatus.ACTIVE).refusal().orElseThrow();
        assertEquals(Refused.Kind.CONFLICT, refused.kind());
        assertEquals("check-in-already-completed", refused.slug());
        assertEquals(Outcome.CONTINUE, checkIn.outcome);
    }

    @Test
    void aCancelledCheckInIsNotCompleted() {
        CheckIn checkIn = scheduled(CheckInKind.WEEKLY);
        checkIn.status = CheckInStatus.CANCELLED;
        checkIn.cancelReason = "outcome DISCONTINUE at check-in 1";

        Refused refused = complete(checkIn, Outcome.CONTINUE, null, TreatmentStatus.ACTIVE).refusal().orElseThrow();
        assertEquals("check-in-cancelled", refused.slug());
        assertEquals("this check-in was cancelled: outcome DISCONTINUE at check-in 1", refused.detail());
    }

    @Test
    void aCompletionThePolicyRefusesIsA422AndLeavesTheCheckInOpen() {
        CheckIn checkIn = scheduled(CheckInKind.INTEGRATION);
        Transition<EventData> transition = complete(checkIn, Outcome.ADJUST, new CompletionRequest.Adjustment(400, null), TreatmentStatus.ACTIVE);

        Refused refused = transition.refusal().orElseThrow();
        assertEquals(Refused.Kind.RULE, refused.kind());
        assertEquals("check-in-completion-refused", refused.slug());
        assertEquals("the completion breaks 1 rule(s)", refused.detail());
        assertEquals(CheckInStatus.SCHEDULED, checkIn.status);
        assertNull(checkIn.completedAt);
    }
}
