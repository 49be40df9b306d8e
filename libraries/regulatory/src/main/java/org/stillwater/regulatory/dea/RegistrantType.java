package org.stillwater.regulatory.dea;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the first letter of a DEA registration number says about the registrant, as the DEA Diversion Control
 * Division publishes it in the "DEA Registration Record Layout" of its registrant database ("Registrant type
 * (first letter of DEA Number)": A/B/F/G pharmacy, hospital/clinic, practitioner, teaching institution; M
 * mid-level practitioner; P/R manufacturer, distributor, researcher, analytical lab, importer, exporter, reverse
 * distributor, narcotic treatment program). A was issued to practitioners before 1 October 1985 and B after it;
 * when B was exhausted DEA went on with F, then G (Diversion Control Division, "New Registration Number", 2006).
 * Registrations are renewed under the same number, so all four are in use.
 */
public enum RegistrantType {

    /** DEA Form 224: practitioner, hospital/clinic, retail pharmacy, teaching institution. */
    PRACTITIONER("ABFG", "a practitioner, hospital/clinic, pharmacy or teaching institution"),
    /** DEA Form 224: nurse practitioner, physician assistant and the other mid-level practitioners a state allows to prescribe. */
    MID_LEVEL_PRACTITIONER("M", "a mid-level practitioner"),
    /** DEA Forms 225 and 363: registrants who make, distribute, research or treat addiction with narcotics, and do not prescribe. */
    MANUFACTURER_DISTRIBUTOR_RESEARCHER("PR", "a manufacturer, distributor, researcher, analytical lab, importer, exporter,"
            + " reverse distributor or narcotic treatment program, which does not prescribe"),
    /**
     * The identifier the DATA 2000 waiver gave a practitioner for buprenorphine prescriptions (X in place of the
     * registration's first letter). It was never a registration, and the waiver ended with the Consolidated
     * Appropriations Act, 2023, §1262 (the MAT Act).
     */
    DATA_WAIVER("X", "the former DATA-waiver identifier for buprenorphine, not a DEA registration");

    private final String letters;
    private final String meaning;

    RegistrantType(String letters, String meaning) {
        this.letters = letters;
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** The registrant type of a first letter; empty for a letter DEA does not issue. */
    public static Optional<RegistrantType> ofLetter(char letter) {
        return Arrays.stream(values()).filter(type -> type.letters.indexOf(letter) >= 0).findFirst();
    }
}
