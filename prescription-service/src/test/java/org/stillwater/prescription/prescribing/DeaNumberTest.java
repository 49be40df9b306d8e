package org.stillwater.prescription.prescribing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeaNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "AP5836727", // the textbook example: 5+3+7 = 15, 2 × (8+6+2) = 32, 47 → 7
            "BR1234563", // dr.california: 1+3+5 = 9, 2 × (2+4+6) = 24, 33 → 3
            "BM6125341", // dr.texas: 6+2+3 = 11, 2 × (1+5+4) = 20, 31 → 1
            "FS1234563", // pharmacy sunrise
            "FH3141594", // pharmacy harbor: 3+4+5 = 12, 2 × (1+1+9) = 22, 34 → 4
            "M91234563", // a registrant whose second character is 9
            "AA0000000"})
    void aNumberWhoseCheckDigitMatchesIsValid(String number) {
        assertEquals(DeaNumber.Check.VALID, DeaNumber.check(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AP5836728", "BR1234564", "BM6125340", "BR2134563", "AA0000001"})
    void aWrongCheckDigitIsRefused(String number) {
        assertEquals(DeaNumber.Check.WRONG_CHECK_DIGIT, DeaNumber.check(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "BR123456",    // six digits
            "BR12345633",  // eight digits
            "B1234563",    // one letter
            "1R1234563",   // a digit first
            "BR12345X3",   // a letter among the digits
            "br1234563",   // lower case
            "BR 1234563",  // a space
            "B-R1234563"})
    void aNumberNotOfTwoLettersAndSevenDigitsIsMalformed(String number) {
        assertEquals(DeaNumber.Check.MALFORMED, DeaNumber.check(number));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void noNumberIsMissing(String number) {
        assertEquals(DeaNumber.Check.MISSING, DeaNumber.check(number));
    }
}
