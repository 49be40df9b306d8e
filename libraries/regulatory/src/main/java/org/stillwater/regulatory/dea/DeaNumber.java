package org.stillwater.regulatory.dea;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place a DEA registration number is validated, for a prescriber (DESIGN §6: "a DEA number whose
 * registrant type may prescribe and whose check digit is valid") or a dispensing pharmacy. The format, as the
 * DEA Diversion Control Division publishes it ("DEA Registration Record Layout"; "Registrant type (first letter
 * of DEA Number)"; see {@link RegistrantType}):
 *
 * <ol>
 *   <li>The first letter is the registrant type. A prescriber's is A, B, F or G (practitioner) or M (mid-level
 *       practitioner); a pharmacy's A, B, F or G. X was the DATA-waiver identifier, not a registration; P and R
 *       are registrants that do not prescribe; other letters are not issued.</li>
 *   <li>The second character is the first letter of the registrant's last name, or 9 for a registrant that
 *       registered under a business name. Where the prescriber's last name is known (the token's
 *       {@code family_name}), a letter must be its initial.</li>
 *   <li>Seven digits, the last a check digit: (d1 + d3 + d5) + 2 × (d2 + d4 + d6), whose last digit is d7.
 *       E.g. AP5836727: 5 + 3 + 7 = 15, 2 × (8 + 6 + 2) = 32, 15 + 32 = 47, check digit 7.</li>
 * </ol>
 *
 * Every failing part is reported, each with its stable problem code.
 */
public final class DeaNumber {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z9][0-9]{7}");
    private static final Set<RegistrantType> PRESCRIBERS = Set.of(RegistrantType.PRACTITIONER, RegistrantType.MID_LEVEL_PRACTITIONER);
    private static final Set<RegistrantType> PHARMACIES = Set.of(RegistrantType.PRACTITIONER);

    /** Who holds the registration being checked. */
    public enum Holder {
        PRESCRIBER,
        PHARMACY
    }

    /**
     * One part of the number that fails.
     *
     * @param code    the stable problem code: {@code dea-number-missing}, {@code dea-number-malformed},
     *                {@code dea-number-registrant-type}, {@code dea-number-check-digit}, {@code dea-number-name-mismatch}
     * @param message what is wrong, for a human
     */
    public record Problem(String code, String message) {
    }

    private DeaNumber() {
    }

    /** A prescriber's number, matched to their last name where it is known (blank or empty: not matched). */
    public static List<Problem> prescriberProblems(String number, Optional<String> lastName) {
        return problems(number, Holder.PRESCRIBER, lastName);
    }

    /** A pharmacy's registration. */
    public static List<Problem> pharmacyProblems(String number) {
        return problems(number, Holder.PHARMACY, Optional.empty());
    }

    public static boolean isValidForPrescriber(String number, Optional<String> lastName) {
        return prescriberProblems(number, lastName).isEmpty();
    }

    private static List<Problem> problems(String number, Holder holder, Optional<String> lastName) {
        if (number == null || number.isBlank()) {
            return List.of(new Problem("dea-number-missing", "is missing"));
        }
        if (!FORMAT.matcher(number).matches()) {
            return List.of(new Problem("dea-number-malformed",
                    "is not a letter, a letter or 9, and seven digits (e.g. BR1234563)"));
        }
        List<Problem> problems = new ArrayList<>();
        char first = number.charAt(0);
        Set<RegistrantType> allowed = holder == Holder.PRESCRIBER ? PRESCRIBERS : PHARMACIES;
        Optional<RegistrantType> type = RegistrantType.ofLetter(first);
        if (type.isEmpty()) {
            problems.add(new Problem("dea-number-registrant-type", "starts with " + first + ", which is not a registrant type DEA issues"));
        } else if (!allowed.contains(type.get())) {
            problems.add(new Problem("dea-number-registrant-type", "starts with " + first + ": " + type.get().meaning()
                    + (holder == Holder.PRESCRIBER ? "; a prescriber's starts with A, B, F, G or M" : "; a pharmacy's starts with A, B, F or G")));
        }
        if (checkDigit(number.substring(2, 8)) != number.charAt(8) - '0') {
            problems.add(new Problem("dea-number-check-digit", "fails the DEA check digit"));
        }
        char second = number.charAt(1);
        initial(lastName).filter(initial -> second != '9' && second != initial).ifPresent(initial -> problems.add(new Problem(
                "dea-number-name-mismatch", "has " + second + " as its second character: the registrant's last name starts with "
                + initial + " (or 9 for a business registration)")));
        return problems;
    }

    /** The check digit of the first six digits: the last digit of (d1 + d3 + d5) + 2 × (d2 + d4 + d6). */
    static int checkDigit(String sixDigits) {
        int[] d = sixDigits.chars().map(c -> c - '0').toArray();
        return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
    }

    /** The first letter A–Z of a last name, accents removed (Ñúñez: N); empty when there is none to match. */
    static Optional<Character> initial(Optional<String> lastName) {
        return lastName.map(name -> Normalizer.normalize(name, Normalizer.Form.NFD).toUpperCase(Locale.ROOT))
                .flatMap(name -> name.chars().filter(c -> c >= 'A' && c <= 'Z').mapToObj(c -> (char) c).findFirst());
    }
}
