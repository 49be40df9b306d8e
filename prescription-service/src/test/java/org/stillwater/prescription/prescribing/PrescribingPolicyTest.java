package org.stillwater.prescription.prescribing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.problem.Problem.FieldError;
import org.stillwater.edge.security.Role;
import org.stillwater.prescription.pharmacy.Pharmacy;
import org.stillwater.prescription.treatment.TreatmentBlockers;
import org.stillwater.prescription.treatment.TreatmentStatus;

class PrescribingPolicyTest {

    private static final Pharmacy SUNRISE = new Pharmacy("sunrise", "Sunrise", "FS1234563", List.of("CA", "NY", "TX"));
    private static final Pharmacy HARBOR = new Pharmacy("harbor", "Harbor", "FH3141594", List.of("CA"));

    /** dr.california prescribing 100 mg × 2 for a CA patient, protocol maximum 300 mg, through sunrise, 5 refills. */
    private static Facts valid() {
        return new Facts(Role.CLINICIAN, true, "BR1234563", "CA", SUNRISE, 100, 2, 12, 5, 300, TreatmentBlockers.NONE);
    }

    private record Facts(Role role, boolean licensed, String dea, String state, Pharmacy pharmacy, int strength, int units,
                         int quantity, int refills, int max, TreatmentBlockers treatment) {

        PrescribingFacts facts() {
            return new PrescribingFacts(role, licensed, dea, state, pharmacy == null ? "nowhere" : pharmacy.pharmacyId(),
                    Optional.ofNullable(pharmacy), strength, units, quantity, refills, max, treatment);
        }

        Facts role(Role value) {
            return new Facts(value, licensed, dea, state, pharmacy, strength, units, quantity, refills, max, treatment);
        }

        Facts licensed(boolean value) {
            return new Facts(role, value, dea, state, pharmacy, strength, units, quantity, refills, max, treatment);
        }

        Facts dea(String value) {
            return new Facts(role, licensed, value, state, pharmacy, strength, units, quantity, refills, max, treatment);
        }

        Facts state(String value) {
            return new Facts(role, licensed, dea, value, pharmacy, strength, units, quantity, refills, max, treatment);
        }

        Facts pharmacy(Pharmacy value) {
            return new Facts(role, licensed, dea, state, value, strength, units, quantity, refills, max, treatment);
        }

        Facts dose(int strengthMg, int unitsPerSession) {
            return new Facts(role, licensed, dea, state, pharmacy, strengthMg, unitsPerSession, quantity, refills, max, treatment);
        }

        Facts quantity(int value) {
            return new Facts(role, licensed, dea, state, pharmacy, strength, units, value, refills, max, treatment);
        }

        Facts refills(int value) {
            return new Facts(role, licensed, dea, state, pharmacy, strength, units, quantity, value, max, treatment);
        }

        Facts treatment(TreatmentBlockers value) {
            return new Facts(role, licensed, dea, state, pharmacy, strength, units, quantity, refills, max, value);
        }
    }

    private static List<String> codes(Facts facts) {
        return PrescribingPolicy.refusals(facts.facts()).stream().map(FieldError::code).toList();
    }

    @Test
    void aLicensedClinicianWithAValidDeaNumberPrescribesWithinTheProtocol() {
        assertTrue(codes(valid()).isEmpty());
    }

    @Test
    void onlyAClinicianPrescribes() {
        assertEquals(List.of("prescriber-not-clinician", "prescriber-not-licensed"), codes(valid().role(Role.PARTNER).licensed(false)));
    }

    @Test
    void thePrescriberMustBeLicensedInThePatientsState() {
        assertEquals(List.of("prescriber-not-licensed"), codes(valid().licensed(false)));
    }

    @Test
    void aMissingDeaNumberIsRefused() {
        assertEquals(List.of("dea-number-missing"), codes(valid().dea(null)));
    }

    @Test
    void aMalformedDeaNumberIsRefused() {
        assertEquals(List.of("dea-number-malformed"), codes(valid().dea("BR12345")));
    }

    @Test
    void aDeaNumberWithAWrongCheckDigitIsRefused() {
        assertEquals(List.of("dea-number-check-digit"), codes(valid().dea("BR1234564")));
    }

    @Test
    void aPharmacyNotLicensedInThePatientsStateIsRefused() {
        assertEquals(List.of("pharmacy-not-licensed"), codes(valid().pharmacy(HARBOR).state("TX")));
        assertTrue(codes(valid().pharmacy(HARBOR).state("CA")).isEmpty());
    }

    @Test
    void aPharmacyOutsideTheRegistryIsRefused() {
        assertEquals(List.of("unknown-pharmacy"), codes(valid().pharmacy(null)));
    }

    @Test
    void fiveRefillsAreAllowed() {
        assertTrue(codes(valid().refills(5)).isEmpty());
        assertTrue(codes(valid().refills(0)).isEmpty());
    }

    @Test
    void sixRefillsAreRefused() {
        assertEquals(List.of("too-many-refills"), codes(valid().refills(6)));
    }

    @Test
    void aDosePerSessionAtTheProtocolMaximumIsAllowed() {
        assertTrue(codes(valid().dose(100, 3)).isEmpty());
        assertTrue(codes(valid().dose(150, 2)).isEmpty());
    }

    @Test
    void aDosePerSessionAboveTheProtocolMaximumIsRefused() {
        List<FieldError> refusals = PrescribingPolicy.refusals(valid().dose(100, 4).facts());
        assertEquals(1, refusals.size());
        assertEquals("dose-above-protocol-maximum", refusals.get(0).code());
        assertTrue(refusals.get(0).message().contains("400 mg"), refusals.get(0).message());
    }

    @Test
    void aFillThatCannotCoverOneSessionIsRefused() {
        assertEquals(List.of("quantity-below-one-session"), codes(valid().dose(50, 4).quantity(3)));
    }

    @Test
    void noPrescriptionWhileTreatmentIsPausedDiscontinuedOrHeld() {
        UUID adverseEvent = UUID.randomUUID();
        assertEquals(List.of("treatment-paused", "adverse-event-hold"),
                codes(valid().treatment(new TreatmentBlockers(TreatmentStatus.PAUSED, List.of(adverseEvent)))));
        assertEquals(List.of("treatment-discontinued"), codes(valid().treatment(new TreatmentBlockers(TreatmentStatus.DISCONTINUED, List.of()))));
    }

    @Test
    void everyFailingRuleIsReportedAtOnce() {
        assertEquals(List.of("prescriber-not-licensed", "dea-number-check-digit", "pharmacy-not-licensed", "too-many-refills",
                        "dose-above-protocol-maximum"),
                codes(valid().licensed(false).dea("BR1234564").pharmacy(HARBOR).state("TX").refills(6).dose(200, 2)));
    }
}
