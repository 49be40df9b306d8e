package org.stillwater.scales;

import java.util.List;

/**
 * GAD-7 (anxiety): seven items answered 0–3, total 0–21 (LOINC 70274-6). Bands: 0–4 minimal, 5–9 mild,
 * 10–14 moderate, 15–21 severe.
 */
public final class Gad7 {

    public static final int ITEMS = 7;
    public static final String LOINC_TOTAL = "70274-6";

    private Gad7() {
    }

    public static ScaleScore score(List<Integer> answers) {
        int total = Answers.total("gad7", answers, ITEMS);
        return new ScaleScore(total, severity(total));
    }

    static Severity severity(int total) {
        if (total <= 4) {
            return Severity.MINIMAL;
        }
        if (total <= 9) {
            return Severity.MILD;
        }
        if (total <= 14) {
            return Severity.MODERATE;
        }
        return Severity.SEVERE;
    }
}
