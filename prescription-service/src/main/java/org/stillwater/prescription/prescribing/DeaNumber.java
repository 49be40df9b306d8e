package org.stillwater.prescription.prescribing;

import java.util.regex.Pattern;

/**
 * A DEA registration number: two letters (the registrant type, then usually the initial of the registrant's
 * last name, or 9 for some registrants) and seven digits, the last a check digit. The check: (d1 + d3 + d5)
 * + 2 × (d2 + d4 + d6); its last digit must equal d7. E.g. AP5836727: 5 + 3 + 7 = 15, 2 × (8 + 6 + 2) = 32,
 * 15 + 32 = 47, check digit 7.
 */
public final class DeaNumber {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z9][0-9]{7}");

    public enum Check {
        VALID("is valid"),
        MISSING("is missing"),
        MALFORMED("is not two letters and seven digits"),
        WRONG_CHECK_DIGIT("fails the DEA check digit");

        private final String meaning;

        Check(String meaning) {
            this.meaning = meaning;
        }

        public String meaning() {
            return meaning;
        }
    }

    private DeaNumber() {
    }

    public static Check check(String number) {
        if (number == null || number.isBlank()) {
            return Check.MISSING;
        }
        if (!FORMAT.matcher(number).matches()) {
            return Check.MALFORMED;
        }
        int[] d = number.substring(2).chars().map(c -> c - '0').toArray();
        int sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
        return sum % 10 == d[6] ? Check.VALID : Check.WRONG_CHECK_DIGIT;
    }
}
