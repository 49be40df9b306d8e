package org.stillwater.regulatory.dea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeaNumberTest {

    private static List<String> prescriber(String number) {
        return codes(DeaNumber.prescriberProblems(number, Optional.empty()));
    }

    private static List<String> prescriber(String number, String lastName) {
        return codes(DeaNumber.prescriberProblems(number, Optional.of(lastName)));
    }

    private static List<String> codes(List<DeaNumber.Problem> problems) {
        return problems.stream().map(DeaNumber.Problem::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "AP5836727", // the textbook example: 5+3+7 = 15, 2 × (8+6+2) = 32, 47 → 7
            "BR1234563", // dr.california: 1+3+5 = 9, 2 × (2+4+6) = 24, 33 → 3
            "BM6125341", // dr.texas: 6+2+3 = 11, 2 × (1+5+4) = 20, 31 → 1
            "AA0000000"})
    void aPractitionersNumberWhoseCheckDigitMatchesIsValid(String number) {
        assertEquals(List.of(), prescriber(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AR1234563", "BR1234563", "FR1234563", "GR1234563"})
    void aPractitionerRegistrationStartsWithABFOrG(String number) {
        assertEquals(List.of(), prescriber(number, "Rivera"));
    }

    @Test
    void aMidLevelPractitionerMayPrescribe() {
        assertEquals(List.of(), prescriber("MR1234563", "Rivera"));
    }

    @Test
    void theFormerDataWaiverIdentifierIsNotARegistration() {
        assertEquals(List.of("dea-number-registrant-type"), prescriber("XR1234563"));
        assertTrue(DeaNumber.prescriberProblems("XR1234563", Optional.empty()).get(0).message().contains("DATA-waiver"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PR1234563", "RR1234563"})
    void manufacturersDistributorsResearchersAndTreatmentProgramsDoNotPrescribe(String number) {
        assertEquals(List.of("dea-number-registrant-type"), prescriber(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CR1234563", "DR1234563", "ER1234563", "HR1234563", "IR1234563", "JR1234563", "KR1234563",
            "LR1234563", "NR1234563", "OR1234563", "QR1234563", "SR1234563", "TR1234563", "UR1234563", "VR1234563",
            "WR1234563", "YR1234563", "ZR1234563"})
    void aLetterDeaDoesNotIssueIsNoRegistrantType(String number) {
        assertEquals(List.of("dea-number-registrant-type"), prescriber(number));
    }

    @Test
    void aPharmacyRegistrationStartsWithABFOrGNotM() {
        assertEquals(List.of(), codes(DeaNumber.pharmacyProblems("FS1234563")));
        assertEquals(List.of(), codes(DeaNumber.pharmacyProblems("FH3141594")));
        assertEquals(List.of("dea-number-registrant-type"), codes(DeaNumber.pharmacyProblems("MS1234563")));
    }

    @Test
    void theSecondLetterIsTheInitialOfThePrescribersLastName() {
        assertEquals(List.of(), prescriber("BR1234563", "Rivera"));
        assertEquals(List.of("dea-number-name-mismatch"), prescriber("BR1234563", "Morgan"));
    }

    @Test
    void nineIsABusinessRegistrationWhateverTheName() {
        assertEquals(List.of(), prescriber("B91234563", "Morgan"));
    }

    @Test
    void theInitialIgnoresAccentsCaseAndPunctuation() {
        assertEquals(List.of(), prescriber("BN1234563", "ñúñez"));
        assertEquals(List.of(), prescriber("BO1234563", "O'Brien"));
    }

    @Test
    void aNameWithoutALetterToMatchIsNotMatched() {
        assertEquals(List.of(), prescriber("BR1234563", "  "));
    }

    @Test
    void everyFailingPartIsReported() {
        assertEquals(List.of("dea-number-registrant-type", "dea-number-check-digit", "dea-number-name-mismatch"),
                prescriber("XR1234564", "Morgan"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AP5836728", "BR1234564", "BM6125340", "BR2134563", "AA0000001"})
    void aWrongCheckDigitIsRefused(String number) {
        assertEquals(List.of("dea-number-check-digit"), prescriber(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "BR123456",    // six digits
            "BR12345633",  // eight digits
            "B1234563",    // one letter
            "1R1234563",   // a digit first
            "9R1234563",   // 9 first
            "BR12345X3",   // a letter among the digits
            "br1234563",   // lower case
            "BR 1234563",  // a space
            "BR1234563\u0000", // a NUL
            "B-R1234563"})
    void aNumberNotOfALetterALetterOr9AndSevenDigitsIsMalformed(String number) {
        assertEquals(List.of("dea-number-malformed"), prescriber(number));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void noNumberIsMissing(String number) {
        assertEquals(List.of("dea-number-missing"), prescriber(number));
    }
}
