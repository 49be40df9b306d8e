package org.stillwater.prescription.prescribing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stillwater.edge.security.Role;
import org.stillwater.prescription.pharmacy.Pharmacy;
import org.stillwater.prescription.treatment.TreatmentBlockers;
import org.stillwater.prescription.treatment.TreatmentStatus;
import org.stillwater.regulatory.refusal.Refusal;

class PrescribingPolicyTest {

    private static final Pharmacy SUNRISE = new Pharmacy("sunrise", "Sunrise", "FS1234563", List.of("CA", "NY", "TX"));
    private static final Pharmacy HARBOR = new Pharmacy("harbor", "Harbor", "FH3141594", List.of("CA"));

    /** dr.california (Rivera, BR1234563) prescribing 100 mg × 2 for a CA patient shipped in CA, protocol maximum 300 mg, through sunrise, 5 refills. */
    private static Facts valid() {
        return new Facts(Role.CLINICIAN, true, "BR1234563", Optional.of("Rivera"), "CA", "CA", SUNRISE, 100, 2, 12, 5, 300, TreatmentBlockers.NONE);
    }

    private record Facts(Role role, boolean licensed, String dea, Optional<String> lastName, String state, String shipTo, Pharmacy pharmacy,
                         int strength, int units, int quantity, int refills, int max, TreatmentBlockers treatment) {

        PrescribingFacts facts() {
            return new PrescribingFacts(role == Role.CLINICIAN, licensed, dea, lastName, state, shipTo, pharmacy == null ? "nowhere" : pharmacy.pharmacyId(),
                    Optional.ofNullable(pharmacy), strength, units, quantity, refills, max, treatment);
        }

        Facts role(Role value) {
            return new Facts(value, licensed, dea, lastName, state, shipTo, pharmacy, strength, units, quantity, refills, max, treatment);
        }

        Facts licensed(boolean value) {
            return new Facts(role, value, dea, lastName, state, shipTo, pharmacy, strength, units, quantity, refills, max, treatment);
        }

        Facts dea(String value) {
            return new Facts(role, licensed, value, lastName, state, shipTo, pharmacy, strength, units, quantity, refills, max, treatment);
        }

        Facts prescriber(String deaNumber, String familyName) {
            return new Facts(role, licensed, deaNumber, Optional.ofNullable(familyName), state, shipTo, pharmacy, strength, units, quantity, refills, max, treatment);
        }

        Facts state(String value) {
            return new Facts(role, licensed, dea, lastName, value, value, pharmacy, strength, units, quantity, refills, max, treatment);
        }

        Facts shipTo(String value) {
            return new Facts(role, licensed, dea, lastName, state, value, pharmacy, strength, units, quantity, refills, max, treatment);
        }

        Facts pharmacy(Pharmacy value) {
            return new Facts(role, licensed, dea, lastName, state, shipTo, value, strength, units, quantity, refills, max, treatment);
        }

        Facts dose(int strengthMg, int unitsPerSession) {
            return new Facts(role, licensed, dea, lastName, state, shipTo, pharmacy, strengthMg, unitsPerSession, quantity, refills, max, treatment);
        }

        Facts quantity(int value) {
            return new Facts(role, licensed, dea, lastName, state, shipTo, pharmacy, strength, units, value, refills, max, treatment);
        }

        Facts refills(int value) {
            return new Facts(role, licensed, dea, lastName, state, shipTo, pharmacy, strength, units, quantity, value, max, treatment);
        }

        Facts treatment(TreatmentBlockers value) {
            return new Facts(role, licensed, dea, lastName, state, shipTo, pharmacy, strength, units, quantity, refills, max, value);
        }
    }

    private static List<String> codes(Facts facts) {
        return PrescribingPolicy.refusals(facts.facts()).stream().map(Refusal::code).toList();
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

    @ParameterizedTest
    @ValueSource(strings = {"AR1234563", "BR1234563", "FR1234563", "GR1234563", "MR1234563"})
    void aPractitionerOrMidLevelPractitionerRegistrationMayPrescribe(String deaNumber) {
        assertTrue(codes(valid().prescriber(deaNumber, "Rivera")).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"XR1234563", "ZR1234563", "QR1234563", "IR1234563", "PR1234563", "RR1234563"})
    void aRegistrantTypeThatDoesNotPrescribeIsRefusedThoughItsCheckDigitIsRight(String deaNumber) {
        assertEquals(List.of("dea-number-registrant-type"), codes(valid().prescriber(deaNumber, "Rivera")));
    }

    @Test
    void theDeaNumbersSecondLetterMustBeThePrescribersLastNameInitial() {
        assertEquals(List.of("dea-number-name-mismatch"), codes(valid().prescriber("BR1234563", "Morgan")));
        assertTrue(codes(valid().prescriber("BR1234563", null)).isEmpty(), "without a known last name there is nothing to match");
    }

    @Test
    void shipToOtherThanResidenceWithSunriseLicensedInBothIsAllowed() {
        assertTrue(codes(valid().shipTo("TX")).isEmpty());
    }

    @Test
    void shipToOtherThanResidenceWithHarborLicensedInCaliforniaOnlyIsRefusedWithItsOwnCode() {
        List<Refusal> refusals = PrescribingPolicy.refusals(valid().pharmacy(HARBOR).shipTo("TX").facts());
        assertEquals(List.of("pharmacy-not-licensed-in-ship-to-state"), refusals.stream().map(Refusal::code).toList());
        assertEquals("shipTo.state", refusals.get(0).field());
    }

    @Test
    void shipToAStateNeitherPharmacyIsLicensedInIsRefusedWithEither() {
        assertEquals(List.of("pharmacy-not-licensed-in-ship-to-state"), codes(valid().shipTo("OR")));
        assertEquals(List.of("pharmacy-not-licensed-in-ship-to-state"), codes(valid().pharmacy(HARBOR).shipTo("OR")));
    }

    @Test
    void aPharmacyLicensedInTheShipToStateButNotInTheStateOfResidenceIsRefused() {
        assertEquals(List.of("pharmacy-not-licensed"), codes(valid().pharmacy(HARBOR).state("TX").shipTo("CA")));
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
        List<Refusal> refusals = PrescribingPolicy.refusals(valid().dose(100, 4).facts());
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
