package org.stillwater.prescription.refill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.security.Role;
import org.stillwater.prescription.pharmacy.Pharmacy;
import org.stillwater.prescription.treatment.TreatmentBlockers;
import org.stillwater.prescription.treatment.TreatmentStatus;
import org.stillwater.regulatory.refusal.Refusal;

class RefillPolicyTest {

    /** Issued at noon on 1 April 2026 for a New York patient: the last fill day is 1 October, over at 00:00 EDT on 2 October. */
    private static final Instant ISSUED_AT = Instant.parse("2026-04-01T16:00:00Z");
    private static final LocalDate LAST_FILL_DAY = LocalDate.of(2026, 10, 1);
    private static final Instant EXPIRES_AT = Instant.parse("2026-10-02T04:00:00Z");
    private static final Pharmacy SUNRISE = new Pharmacy("sunrise", "Sunrise", "FS1234563", List.of("CA", "NY", "TX"));
    private static final Pharmacy HARBOR = new Pharmacy("harbor", "Harbor", "FH3141594", List.of("CA"));

    /** Fill 2 of 6 asked by the patient (NY, shipped in NY) on day 30 through sunrise, with 2 lozenges on hand and 2 per session. */
    private static Facts valid() {
        return new Facts(null, 2, 6, ISSUED_AT.plus(Duration.ofDays(30)), TreatmentBlockers.NONE, Optional.of(SUNRISE), "NY", "NY",
                false, 2, 2, Role.PATIENT, null);
    }

    private record Facts(String state, int next, int max, Instant now, TreatmentBlockers treatment, Optional<Pharmacy> pharmacy,
                         String residence, String shipTo, boolean inTransit, long onHand, int perSession, Role role, String override) {

        RefillFacts facts() {
            return new RefillFacts(state, next, max, LAST_FILL_DAY, EXPIRES_AT, now, treatment, pharmacy.map(Pharmacy::pharmacyId).orElse("gone"),
                    pharmacy, residence, shipTo, inTransit, onHand, perSession, role == Role.CLINICIAN, override);
        }

        Facts state(String value) {
            return new Facts(value, next, max, now, treatment, pharmacy, residence, shipTo, inTransit, onHand, perSession, role, override);
        }

        Facts fills(int nextFill, int maxFill) {
            return new Facts(state, nextFill, maxFill, now, treatment, pharmacy, residence, shipTo, inTransit, onHand, perSession, role, override);
        }

        Facts day(int daysAfterIssue) {
            return at(ISSUED_AT.plus(Duration.ofDays(daysAfterIssue)));
        }

        Facts at(Instant value) {
            return new Facts(state, next, max, value, treatment, pharmacy, residence, shipTo, inTransit, onHand, perSession, role, override);
        }

        Facts treatment(TreatmentBlockers value) {
            return new Facts(state, next, max, now, value, pharmacy, residence, shipTo, inTransit, onHand, perSession, role, override);
        }

        Facts pharmacy(Optional<Pharmacy> value) {
            return new Facts(state, next, max, now, treatment, value, residence, shipTo, inTransit, onHand, perSession, role, override);
        }

        Facts livingIn(String residenceState, String shipToState) {
            return new Facts(state, next, max, now, treatment, pharmacy, residenceState, shipToState, inTransit, onHand, perSession, role, override);
        }

        Facts inTransit(boolean value) {
            return new Facts(state, next, max, now, treatment, pharmacy, residence, shipTo, value, onHand, perSession, role, override);
        }

        Facts onHand(long value) {
            return new Facts(state, next, max, now, treatment, pharmacy, residence, shipTo, inTransit, value, perSession, role, override);
        }

        Facts override(Role requester, String reason) {
            return new Facts(state, next, max, now, treatment, pharmacy, residence, shipTo, inTransit, onHand, perSession, requester, reason);
        }
    }

    private static List<String> codes(Facts facts) {
        return RefillPolicy.decide(facts.facts()).refusals().stream().map(Refusal::code).toList();
    }

    @Test
    void aRefillIsReleasedWhenTheUnitsOnHandCoverExactlyOneMoreSession() {
        RefillPolicy.Decision decision = RefillPolicy.decide(valid().facts());
        assertTrue(decision.released());
        assertFalse(decision.onHandRuleOverridden());
    }

    @Test
    void aRefillIsReleasedWhenNothingIsLeft() {
        assertTrue(codes(valid().onHand(0)).isEmpty());
        assertTrue(codes(valid().onHand(1)).isEmpty());
    }

    @Test
    void oneUnitMoreThanASessionIsTooEarly() {
        assertEquals(List.of("units-on-hand-cover-more-than-one-session"), codes(valid().onHand(3)));
    }

    @Test
    void aClinicianOverridesTheOnHandRuleWithAWrittenReason() {
        RefillPolicy.Decision decision = RefillPolicy.decide(valid().onHand(8).override(Role.CLINICIAN, "travelling for three weeks").facts());
        assertTrue(decision.released());
        assertTrue(decision.onHandRuleOverridden());
    }

    @Test
    void aClinicianWithAReasonIsNoOverrideWhenNoneIsNeeded() {
        RefillPolicy.Decision decision = RefillPolicy.decide(valid().override(Role.CLINICIAN, "just in case").facts());
        assertTrue(decision.released());
        assertFalse(decision.onHandRuleOverridden());
    }

    @Test
    void onlyAClinicianMayOverride() {
        assertEquals(List.of("override-requires-clinician"), codes(valid().onHand(8).override(Role.PATIENT, "please")));
        assertEquals(List.of("override-requires-clinician"), codes(valid().onHand(8).override(Role.PARTNER, "please")));
    }

    @Test
    void theOverrideDoesNotLiftAnyOtherRule() {
        UUID hold = UUID.randomUUID();
        assertEquals(List.of("no-refills-remaining", "prescription-expired", "adverse-event-hold", "fill-in-transit"),
                codes(valid().onHand(8).fills(7, 6).day(200).inTransit(true)
                        .treatment(new TreatmentBlockers(TreatmentStatus.ACTIVE, List.of(hold)))
                        .override(Role.CLINICIAN, "travelling")));
    }

    @Test
    void theLastAuthorizedFillIsReleasedAndNoneAfterIt() {
        assertTrue(codes(valid().fills(6, 6)).isEmpty());
        assertEquals(List.of("no-refills-remaining"), codes(valid().fills(7, 6)));
        assertEquals(List.of("no-refills-remaining"), codes(valid().fills(2, 1)));
    }

    @Test
    void aFillOnDay183AfterIssueIsReleased() {
        assertTrue(codes(valid().day(183)).isEmpty());
    }

    @Test
    void aFillOnDay184AfterIssueIsRefused() {
        assertEquals(List.of("prescription-expired"), codes(valid().day(184)));
    }

    @Test
    void noFillWhileTreatmentIsPaused() {
        assertEquals(List.of("treatment-paused"), codes(valid().treatment(new TreatmentBlockers(TreatmentStatus.PAUSED, List.of()))));
    }

    @Test
    void noFillOnceTreatmentIsDiscontinued() {
        assertEquals(List.of("treatment-discontinued"), codes(valid().treatment(new TreatmentBlockers(TreatmentStatus.DISCONTINUED, List.of()))));
    }

    @Test
    void eachActiveHoldIsAReason() {
        assertEquals(List.of("adverse-event-hold", "adverse-event-hold"),
                codes(valid().treatment(new TreatmentBlockers(TreatmentStatus.ACTIVE, List.of(UUID.randomUUID(), UUID.randomUUID())))));
    }

    @Test
    void noFillWhileAnEarlierOneIsOnItsWay() {
        assertEquals(List.of("fill-in-transit"), codes(valid().inTransit(true)));
    }

    @Test
    void noFillOfACancelledPrescription() {
        assertEquals(List.of("prescription-not-active"), codes(valid().state("cancelled (SUPERSEDED)")));
    }

    @Test
    void aFillOnTheLastFillDayIsReleasedUntilItsLocalMidnight() {
        assertTrue(codes(valid().at(EXPIRES_AT.minusSeconds(3600))).isEmpty(), "23:00 EDT on 1 October");
        assertEquals(List.of("prescription-expired"), codes(valid().at(EXPIRES_AT.plusSeconds(3600))), "01:00 EDT on 2 October, 05:00 UTC");
    }

    @Test
    void noFillThroughAPharmacyNoLongerLicensedInThePatientsState() {
        assertEquals(List.of("pharmacy-not-licensed"), codes(valid().pharmacy(Optional.of(HARBOR))));
    }

    @Test
    void noFillThroughAPharmacyNoLongerInTheRegistry() {
        assertEquals(List.of("unknown-pharmacy"), codes(valid().pharmacy(Optional.empty())));
    }

    @Test
    void shipToOtherThanResidenceWithHarborLicensedInCaliforniaOnlyIsRefused() {
        assertEquals(List.of("pharmacy-not-licensed-in-ship-to-state"),
                codes(valid().pharmacy(Optional.of(HARBOR)).livingIn("CA", "TX")));
    }

    @Test
    void shipToOtherThanResidenceWithSunriseLicensedInBothIsReleased() {
        assertTrue(codes(valid().livingIn("CA", "TX")).isEmpty());
    }

    @Test
    void shipToAStateNoPharmacyOfTheRegistryIsLicensedInIsRefusedForBoth() {
        assertEquals(List.of("pharmacy-not-licensed-in-ship-to-state"), codes(valid().livingIn("CA", "OR")));
        assertEquals(List.of("pharmacy-not-licensed-in-ship-to-state"), codes(valid().pharmacy(Optional.of(HARBOR)).livingIn("CA", "OR")));
    }

    @Test
    void everyReasonIsReportedAtOnce() {
        assertEquals(List.of("prescription-not-active", "no-refills-remaining", "prescription-expired", "treatment-discontinued",
                        "fill-in-transit", "units-on-hand-cover-more-than-one-session"),
                codes(valid().state("cancelled (CANCELLED_BY_CLINICIAN)").fills(7, 6).day(184)
                        .treatment(new TreatmentBlockers(TreatmentStatus.DISCONTINUED, List.of())).inTransit(true).onHand(10)));
    }
}
