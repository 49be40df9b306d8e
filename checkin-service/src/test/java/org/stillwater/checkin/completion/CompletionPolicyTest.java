package org.stillwater.checkin.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stillwater.checkin.schedule.CheckInKind;
import org.stillwater.checkin.treatment.Outcome;
import org.stillwater.checkin.treatment.TreatmentStatus;
import org.stillwater.regulatory.refusal.Refusal;

class CompletionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-30T10:00:00Z");
    private static final List<Integer> PHQ9 = List.of(1, 1, 1, 1, 1, 1, 1, 0, 0);
    private static final List<Integer> GAD7 = List.of(1, 1, 1, 1, 0, 0, 0);

    private static CompletionFacts facts(CheckInKind kind, Outcome outcome, CompletionRequest.Adjustment adjustment,
                                         Integer strengthMg, TreatmentStatus status, boolean liftsHold) {
        return new CompletionFacts(kind, outcome, adjustment, 300, 72, strengthMg, status, liftsHold, PHQ9, GAD7,
                "improving", null, NOW, "BR1234563", Optional.of("Rivera"));
    }

    private static CompletionFacts adjust(Integer dose, Integer minHours, Integer strengthMg) {
        return facts(CheckInKind.INTEGRATION, Outcome.ADJUST, new CompletionRequest.Adjustment(dose, minHours), strengthMg,
                TreatmentStatus.ACTIVE, false);
    }

    private static List<String> codes(List<Refusal> refusals) {
        return refusals.stream().map(Refusal::code).toList();
    }

    @Test
    void aDoseAtTheProtocolMaximumIsAccepted() {
        assertTrue(CompletionPolicy.refusals(adjust(300, null, 100)).isEmpty());
    }

    @Test
    void aDoseAboveTheProtocolMaximumIsRefusedNamingTheLimit() {
        List<Refusal> refusals = CompletionPolicy.refusals(adjust(301, null, null));
        assertEquals(1, refusals.size());
        Refusal refusal = refusals.get(0);
        assertEquals("adjustment.doseMgPerSession", refusal.field());
        assertEquals("above-protocol-maximum", refusal.code());
        assertTrue(refusal.message().contains("maximum of 300 mg (maxDoseMgPerSession)"), refusal.message());
    }

    @Test
    void aDoseThatIsNotAWholeNumberOfTheCurrentLozengesIsRefused() {
        List<Refusal> refusals = CompletionPolicy.refusals(adjust(150, null, 100));
        assertEquals(List.of("not-whole-lozenges"), codes(refusals));
        assertTrue(refusals.get(0).message().contains("100 mg lozenges"));
    }

    @Test
    void anyDoseWithinTheMaximumIsAcceptedWhileNoPrescriptionIsKnown() {
        assertTrue(CompletionPolicy.refusals(adjust(150, null, null)).isEmpty());
    }

    @Test
    void fewerHoursBetweenSessionsThanTheProtocolAllowsAreRefusedAndAsManyAreAccepted() {
        List<Refusal> refusals = CompletionPolicy.refusals(adjust(null, 71, null));
        assertEquals(List.of("below-protocol-minimum"), codes(refusals));
        assertEquals("adjustment.minHoursBetweenSessions", refusals.get(0).field());
        assertTrue(CompletionPolicy.refusals(adjust(null, 72, null)).isEmpty());
    }

    @Test
    void everyBrokenAdjustmentRuleIsReported() {
        assertEquals(List.of("above-protocol-maximum", "not-whole-lozenges", "below-protocol-minimum"),
                codes(CompletionPolicy.refusals(adjust(350, 24, 100))));
    }

    @Test
    void adjustNeedsANewDoseOrInterval() {
        assertEquals(List.of("adjustment-required"), codes(CompletionPolicy.refusals(adjust(null, null, null))));
        assertEquals(List.of("adjustment-required"), codes(CompletionPolicy.refusals(
                facts(CheckInKind.WEEKLY, Outcome.ADJUST, null, null, TreatmentStatus.ACTIVE, false))));
    }

    @Test
    void anAdjustmentWithAnotherOutcomeIsRefused() {
        assertEquals(List.of("adjustment-without-adjust"), codes(CompletionPolicy.refusals(facts(CheckInKind.WEEKLY,
                Outcome.CONTINUE, new CompletionRequest.Adjustment(200, null), null, TreatmentStatus.ACTIVE, false))));
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"ADJUST", "PAUSE", "RESUME", "DISCONTINUE"})
    void afterDiscontinuationOnlyContinueRecordsACheckIn(Outcome outcome) {
        CompletionRequest.Adjustment adjustment = outcome == Outcome.ADJUST ? new CompletionRequest.Adjustment(200, null) : null;
        assertTrue(codes(CompletionPolicy.refusals(facts(CheckInKind.URGENT, outcome, adjustment, null,
                TreatmentStatus.DISCONTINUED, false))).contains("treatment-discontinued"));
        assertTrue(CompletionPolicy.refusals(facts(CheckInKind.URGENT, Outcome.CONTINUE, null, null,
                TreatmentStatus.DISCONTINUED, false)).isEmpty());
    }

    @Test
    void pausingAPausedTreatmentIsRefused() {
        assertEquals(List.of("already-paused"), codes(CompletionPolicy.refusals(
                facts(CheckInKind.WEEKLY, Outcome.PAUSE, null, null, TreatmentStatus.PAUSED, false))));
    }

    @Test
    void resumingNeedsAPauseOrAHoldThisCheckInLifts() {
        assertEquals(List.of("nothing-to-resume"), codes(CompletionPolicy.refusals(
                facts(CheckInKind.WEEKLY, Outcome.RESUME, null, null, TreatmentStatus.ACTIVE, false))));
        assertTrue(CompletionPolicy.refusals(facts(CheckInKind.WEEKLY, Outcome.RESUME, null, null, TreatmentStatus.PAUSED, false)).isEmpty());
        assertTrue(CompletionPolicy.refusals(facts(CheckInKind.URGENT, Outcome.RESUME, null, null, TreatmentStatus.ACTIVE, true)).isEmpty());
    }

    @Test
    void theFollowUpNeedsPhq9Gad7AndARationaleAndIsNotHeldBeforeItsWindow() {
        CompletionFacts incomplete = new CompletionFacts(CheckInKind.FOLLOW_UP, Outcome.CONTINUE, null, 300, 72, null,
                TreatmentStatus.ACTIVE, false, null, null, " ", NOW.plusSeconds(1), NOW, "BR1234563", Optional.of("Rivera"));
        List<Refusal> refusals = CompletionPolicy.refusals(incomplete);
        assertEquals(List.of("checkInId", "phq9", "gad7", "rationale"), refusals.stream().map(Refusal::field).toList());
    }

    @Test
    void otherCheckInsNeedNeitherScalesNorARationale() {
        CompletionFacts bare = new CompletionFacts(CheckInKind.ONBOARDING, Outcome.CONTINUE, null, 300, 72, null,
                TreatmentStatus.ACTIVE, false, null, null, null, null, NOW, "BR1234563", Optional.of("Rivera"));
        assertTrue(CompletionPolicy.refusals(bare).isEmpty());
    }

    private static CompletionFacts adjustedBy(String deaNumber, String lastName, Integer dose, Integer minHours) {
        return new CompletionFacts(CheckInKind.INTEGRATION, Outcome.ADJUST, new CompletionRequest.Adjustment(dose, minHours), 300, 72, 100,
                TreatmentStatus.ACTIVE, false, PHQ9, GAD7, "improving", null, NOW, deaNumber, Optional.ofNullable(lastName));
    }

    @Test
    void aNewDoseNeedsTheAdjustingClinicianToHoldAPrescribersDeaRegistration() {
        assertEquals(List.of("dea-number-registrant-type"), codes(CompletionPolicy.refusals(adjustedBy("XR1234563", "Rivera", 200, null))));
        assertEquals(List.of("dea-number-missing"), codes(CompletionPolicy.refusals(adjustedBy(null, "Rivera", 200, null))));
    }

    @Test
    void aNewDoseNeedsTheDeaNumbersSecondLetterToBeTheCliniciansLastNameInitial() {
        assertEquals(List.of("dea-number-name-mismatch"), codes(CompletionPolicy.refusals(adjustedBy("BR1234563", "Morgan", 200, null))));
    }

    @Test
    void aNewIntervalAloneIsNoNewPrescriptionAndNeedsNoDeaNumber() {
        assertTrue(CompletionPolicy.refusals(adjustedBy(null, null, null, 96)).isEmpty());
    }
}
