package org.stillwater.session.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionGateTest {

    private static final Instant NOW = Instant.parse("2026-03-02T18:00:00Z");
    private static final GateLimits LIMITS = new GateLimits(180, 110, Period.ofWeeks(12), Duration.ofHours(24));
    private static final SessionGate GATE = new SessionGate(LIMITS, Clock.fixed(NOW, ZoneOffset.UTC));

    /** A patient ready for a session: prescription, 6 units on hand (2 a session), onboarded, last dose 4 days ago. */
    private static Facts ready() {
        return new Facts();
    }

    /** A pre-session check that passes everything. */
    private static PreSessionCheck fine() {
        return check(120, 80);
    }

    private static PreSessionCheck check(int systolic, int diastolic) {
        return new PreSessionCheck(systolic, diastolic, true, true, true, true, false, false);
    }

    private static List<String> codes(GateFacts facts, PreSessionCheck check) {
        return GATE.decide(facts, check).codes();
    }

    private static List<String> codes(Facts facts) {
        return codes(facts.build(), fine());
    }

    @Test
    void aReadyPatientWithAReassuringCheckStarts() {
        GateDecision decision = GATE.decide(ready().build(), fine());
        assertTrue(decision.passes());
        assertFalse(decision.urgentEscalation());
        assertNull(decision.retryAfter());
    }

    @Test
    void blocksWithoutAnActivePrescription() {
        assertEquals(List.of("NO_ACTIVE_PRESCRIPTION"), codes(ready().prescription(false)));
    }

    @Test
    void blocksWhenNothingWasDeliveredYet() {
        assertEquals(List.of("MEDICATION_NOT_DELIVERED"), codes(ready().units(0, 0)));
    }

    @Test
    void blocksWithZeroUnitsOnHand() {
        assertEquals(List.of("INSUFFICIENT_UNITS_ON_HAND"), codes(ready().units(8, 0)));
    }

    @Test
    void blocksWhenUnitsOnHandAreOneShortOfASession() {
        assertEquals(List.of("INSUFFICIENT_UNITS_ON_HAND"), codes(ready().units(8, 1)));
        assertTrue(codes(ready().units(8, 2)).isEmpty());
    }

    @Test
    void blocksWhileTreatmentIsPaused() {
        assertEquals(List.of("TREATMENT_PAUSED"), codes(ready().paused()));
    }

    @Test
    void blocksForGoodOnceTreatmentIsDiscontinued() {
        assertEquals(List.of("TREATMENT_DISCONTINUED"), codes(ready().paused().discontinued()));
    }

    @Test
    void blocksWhileAnAdverseEventHoldIsActive() {
        assertEquals(List.of("ADVERSE_EVENT_HOLD"), codes(ready().holds(1)));
    }

    @Test
    void blocksTheFirstSessionBeforeTheOnboardingCheckIn() {
        assertEquals(List.of("ONBOARDING_CHECK_IN_NOT_COMPLETED"), codes(ready().firstSession().onboarded(false)));
        assertTrue(codes(ready().firstSession()).isEmpty());
    }

    @Test
    void blocksWhileASessionIsInProgress() {
        assertEquals(List.of("SESSION_IN_PROGRESS"), codes(ready().inProgress()));
    }

    @Test
    void blocksWhenLastDoseWas71Hours59MinutesAgoAndSaysWhenItOpens() {
        Instant last = NOW.minus(Duration.ofHours(71).plusMinutes(59));
        GateDecision decision = GATE.decide(ready().lastSessionAt(last).build(), fine());
        assertEquals(List.of("TOO_SOON_SINCE_LAST_SESSION"), decision.codes());
        assertEquals(last.plus(Duration.ofHours(72)), decision.reasons().get(0).retryAfter());
        assertEquals(NOW.plusSeconds(60), decision.retryAfter());
    }

    @Test
    void passesWhenLastDoseWasExactly72HoursAgo() {
        assertTrue(codes(ready().lastSessionAt(NOW.minus(Duration.ofHours(72)))).isEmpty());
    }

    @Test
    void theMinimumIntervalIsThePatientsOwn() {
        Facts adjusted = ready().minHours(96);
        assertEquals(List.of("TOO_SOON_SINCE_LAST_SESSION"), codes(adjusted.lastSessionAt(NOW.minus(Duration.ofHours(95)))));
        assertTrue(codes(adjusted.lastSessionAt(NOW.minus(Duration.ofHours(96)))).isEmpty());
    }

    @Test
    void bloodPressureJustBelowTheLimitPasses() {
        assertTrue(codes(ready().build(), check(139, 89)).isEmpty());
    }

    @Test
    void bloodPressureAtTheLimitBlocksOnEitherValue() {
        assertEquals(List.of("BLOOD_PRESSURE_ABOVE_LIMIT"), codes(ready().build(), check(140, 90)));
        assertEquals(List.of("BLOOD_PRESSURE_ABOVE_LIMIT"), codes(ready().build(), check(140, 70)));
        assertEquals(List.of("BLOOD_PRESSURE_ABOVE_LIMIT"), codes(ready().build(), check(120, 90)));
    }

    @Test
    void theBloodPressureLimitIsTheProtocols() {
        Facts strict = ready().bpLimit(130, 85);
        assertEquals(List.of("BLOOD_PRESSURE_ABOVE_LIMIT"), codes(strict.build(), check(130, 80)));
        assertTrue(codes(strict.build(), check(129, 84)).isEmpty());
    }

    @Test
    void justBelowTheCrisisLimitBlocksWithoutEscalation() {
        GateDecision decision = GATE.decide(ready().build(), check(179, 109));
        assertEquals(List.of("BLOOD_PRESSURE_ABOVE_LIMIT"), decision.codes());
        assertFalse(decision.urgentEscalation());
    }

    @Test
    void atTheCrisisLimitOnEitherValueBlocksAndEscalatesUrgently() {
        for (PreSessionCheck crisis : List.of(check(180, 110), check(180, 95), check(150, 110))) {
            GateDecision decision = GATE.decide(ready().build(), crisis);
            assertEquals(List.of("BLOOD_PRESSURE_ABOVE_LIMIT", "BLOOD_PRESSURE_CRISIS"), decision.codes());
            assertTrue(decision.urgentEscalation());
        }
    }

    @Test
    void blocksWhenTheRequiredSitterIsAbsent() {
        PreSessionCheck alone = new PreSessionCheck(120, 80, false, null, true, true, false, false);
        assertEquals(List.of("SITTER_ABSENT"), codes(ready().build(), alone));
    }

    @Test
    void blocksWhenTheSitterIsNotAnAdultOrNotSaidToBe() {
        assertEquals(List.of("SITTER_NOT_ADULT"), codes(ready().build(), new PreSessionCheck(120, 80, true, false, true, true, false, false)));
        assertEquals(List.of("SITTER_NOT_ADULT"), codes(ready().build(), new PreSessionCheck(120, 80, true, null, true, true, false, false)));
    }

    @Test
    void noSitterIsNeededWhenTheProtocolDoesNotRequireOne() {
        PreSessionCheck alone = new PreSessionCheck(120, 80, false, null, true, true, false, false);
        assertTrue(codes(ready().sitterRequired(false).build(), alone).isEmpty());
    }

    @Test
    void blocksAfterAlcoholInTheLast24HoursUntilTheWindowHasPassed() {
        GateDecision decision = GATE.decide(ready().build(), new PreSessionCheck(120, 80, true, true, true, true, true, false));
        assertEquals(List.of("RECENT_ALCOHOL"), decision.codes());
        assertEquals(NOW.plus(Duration.ofHours(24)), decision.retryAfter());
    }

    @Test
    void blocksAfterABenzodiazepineInTheLast24Hours() {
        assertEquals(List.of("RECENT_BENZODIAZEPINES"),
                codes(ready().build(), new PreSessionCheck(120, 80, true, true, true, true, false, true)));
    }

    @Test
    void blocksWhenNoDrivingIsNotAcknowledged() {
        assertEquals(List.of("NO_DRIVING_NOT_ACKNOWLEDGED"),
                codes(ready().build(), new PreSessionCheck(120, 80, true, true, true, false, false, false)));
    }

    @Test
    void blocksInAnUnsafeSetting() {
        assertEquals(List.of("UNSAFE_SETTING"), codes(ready().build(), new PreSessionCheck(120, 80, true, true, false, true, false, false)));
    }

    @Test
    void exactly12WeeksAfterTheLastDosePasses() {
        assertTrue(codes(ready().lastSessionAt(NOW.minus(Duration.ofDays(84)))).isEmpty());
    }

    @Test
    void theDay12WeeksAfterTheLastDosePassesUntilItsLocalMidnight() {
        // last dose at 23:30 on 8 December 2025 in California; 12 weeks later is 2 March 2026, which ends at 08:00 UTC on 3 March
        Instant last = Instant.parse("2025-12-09T07:30:00Z");
        assertTrue(codesAt(Instant.parse("2026-03-03T07:00:00Z"), ready().lastSessionAt(last)).isEmpty(), "23:00 on 2 March");
        assertEquals(List.of("CLINICIAN_CHECK_IN_REQUIRED"),
                codesAt(Instant.parse("2026-03-03T09:00:00Z"), ready().lastSessionAt(last)), "01:00 on 3 March");
    }

    @Test
    void moreThan12WeeksAfterTheLastDoseNeedsAClinicianCheckInFirst() {
        Instant last = NOW.minus(Duration.ofDays(85));
        assertEquals(List.of("CLINICIAN_CHECK_IN_REQUIRED"), codes(ready().lastSessionAt(last)));
    }

    @Test
    void theTwelveWeeksAreCountedInThePatientsDaysNotUtcDays() {
        // 17:00 on 8 December 2025 in California is already 9 December in UTC: the 12 weeks end with 2 March there, not 3 March
        Instant last = Instant.parse("2025-12-09T01:00:00Z");
        assertEquals(List.of("CLINICIAN_CHECK_IN_REQUIRED"), codesAt(Instant.parse("2026-03-03T09:00:00Z"), ready().lastSessionAt(last)));
    }

    @Test
    void aTwoZoneStatesTwelveWeeksEndWhenTheLastDayEndsInItsEasternZone() {
        // last dose at noon on 8 December 2025 in Texas: 2 March 2026 ends at 06:00 UTC in Houston, 07:00 UTC in El Paso
        Instant last = Instant.parse("2025-12-08T18:00:00Z");
        assertEquals(List.of("CLINICIAN_CHECK_IN_REQUIRED"),
                codesAt(Instant.parse("2026-03-03T06:30:00Z"), ready().state("TX").lastSessionAt(last)), "23:30 in El Paso");
    }

    @Test
    void aCheckInCompletedAfterThe12WeeksRanOutOpensTheGate() {
        Instant last = NOW.minus(Duration.ofDays(90));
        assertTrue(codes(ready().lastSessionAt(last).lastCheckIn(last.plus(Duration.ofDays(85)))).isEmpty());
    }

    @Test
    void seventyTwoHoursAcrossTheStartOfDaylightSavingTimeAreElapsedHoursNotWallClockHours() {
        // 12:00 PST on 7 March 2026; clocks go forward on 8 March: 72 hours later is 13:00 PDT on 10 March
        Instant last = Instant.parse("2026-03-07T20:00:00Z");
        Instant opensAt = Instant.parse("2026-03-10T20:00:00Z");
        assertEquals(List.of("TOO_SOON_SINCE_LAST_SESSION"), codesAt(opensAt.minusSeconds(1), ready().lastSessionAt(last).minHours(72)));
        assertTrue(codesAt(opensAt, ready().lastSessionAt(last).minHours(72)).isEmpty());
    }

    @Test
    void seventyTwoHoursAcrossTheEndOfDaylightSavingTimeAreElapsedHoursNotWallClockHours() {
        // 12:00 PDT on 31 October 2026; clocks go back on 1 November: 72 hours later is 11:00 PST on 3 November
        Instant last = Instant.parse("2026-10-31T19:00:00Z");
        Instant opensAt = Instant.parse("2026-11-03T19:00:00Z");
        assertEquals(List.of("TOO_SOON_SINCE_LAST_SESSION"), codesAt(opensAt.minusSeconds(1), ready().lastSessionAt(last).minHours(72)));
        assertTrue(codesAt(opensAt, ready().lastSessionAt(last).minHours(72)).isEmpty());
    }

    private static List<String> codesAt(Instant now, Facts facts) {
        return new SessionGate(LIMITS, Clock.fixed(now, ZoneOffset.UTC)).decide(facts.build(), fine()).codes();
    }

    @Test
    void aCheckInFromBeforeTheLapseDoesNotCount() {
        Instant last = NOW.minus(Duration.ofDays(90));
        assertEquals(List.of("CLINICIAN_CHECK_IN_REQUIRED"), codes(ready().lastSessionAt(last).lastCheckIn(last.plus(Duration.ofDays(2)))));
    }

    @Test
    void everyReasonIsReportedTogether() {
        GateFacts facts = ready().prescription(false).units(8, 0).paused().holds(2).onboarded(false).inProgress()
                .lastSessionAt(NOW.minus(Duration.ofHours(3))).build();
        PreSessionCheck everythingWrong = new PreSessionCheck(185, 115, false, null, false, false, true, true);
        GateDecision decision = GATE.decide(facts, everythingWrong);
        assertEquals(List.of("NO_ACTIVE_PRESCRIPTION", "INSUFFICIENT_UNITS_ON_HAND", "TREATMENT_PAUSED", "ADVERSE_EVENT_HOLD",
                "ONBOARDING_CHECK_IN_NOT_COMPLETED", "SESSION_IN_PROGRESS", "TOO_SOON_SINCE_LAST_SESSION",
                "BLOOD_PRESSURE_ABOVE_LIMIT", "BLOOD_PRESSURE_CRISIS", "SITTER_ABSENT", "UNSAFE_SETTING",
                "NO_DRIVING_NOT_ACKNOWLEDGED", "RECENT_ALCOHOL", "RECENT_BENZODIAZEPINES"), decision.codes());
        assertTrue(decision.urgentEscalation());
        assertEquals(NOW.plus(Duration.ofHours(69)), decision.retryAfter());
        decision.reasons().forEach(reason -> assertFalse(reason.message().isBlank()));
    }

    @Test
    void theStandingDecisionLeavesOutThePreSessionAnswers() {
        GateDecision standing = GATE.standing(ready().lastSessionAt(NOW.minus(Duration.ofHours(10))).build());
        assertEquals(List.of("TOO_SOON_SINCE_LAST_SESSION"), standing.codes());
        assertFalse(standing.urgentEscalation());
    }

    /** Builds GateFacts from a ready patient, one change at a time. */
    private static final class Facts {
        private boolean prescription = true;
        private int delivered = 8;
        private int onHand = 6;
        private boolean paused;
        private boolean discontinued;
        private int holds;
        private boolean onboarded = true;
        private String state = "CA";
        private Instant lastSessionAt = NOW.minus(Duration.ofDays(4));
        private int minHours = 72;
        private Instant lastCheckIn;
        private boolean inProgress;
        private int bpSystolic = 140;
        private int bpDiastolic = 90;
        private boolean sitterRequired = true;

        Facts prescription(boolean active) {
            prescription = active;
            return this;
        }

        Facts units(int delivered, int onHand) {
            this.delivered = delivered;
            this.onHand = onHand;
            return this;
        }

        Facts paused() {
            paused = true;
            return this;
        }

        Facts discontinued() {
            discontinued = true;
            return this;
        }

        Facts holds(int count) {
            holds = count;
            return this;
        }

        Facts onboarded(boolean done) {
            onboarded = done;
            return this;
        }

        Facts firstSession() {
            lastSessionAt = null;
            return this;
        }

        Facts state(String code) {
            state = code;
            return this;
        }

        Facts lastSessionAt(Instant at) {
            lastSessionAt = at;
            return this;
        }

        Facts minHours(int hours) {
            minHours = hours;
            return this;
        }

        Facts lastCheckIn(Instant at) {
            lastCheckIn = at;
            return this;
        }

        Facts inProgress() {
            inProgress = true;
            return this;
        }

        Facts bpLimit(int systolic, int diastolic) {
            bpSystolic = systolic;
            bpDiastolic = diastolic;
            return this;
        }

        Facts sitterRequired(boolean required) {
            sitterRequired = required;
            return this;
        }

        GateFacts build() {
            return new GateFacts(prescription, 2, delivered, onHand, paused, discontinued, holds, onboarded, state, lastSessionAt, minHours,
                    lastCheckIn, inProgress, bpSystolic, bpDiastolic, sitterRequired);
        }
    }
}
