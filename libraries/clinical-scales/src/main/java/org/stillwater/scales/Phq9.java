package org.stillwater.scales;

import java.util.List;

/**
 * PHQ-9 (depression): nine items answered 0–3, total 0–27 (LOINC 44261-6). Bands: 0–4 minimal, 5–9 mild,
 * 10–14 moderate, 15–19 moderately severe, 20–27 severe. Item 9 (LOINC 44260-8) asks about thoughts of
 * self-harm: any answer above 0 makes the result urgent.
 */
public final class Phq9 {

    public static final int ITEMS = 9;
    public static final String LOINC_TOTAL = "44261-6";
    public static final String LOINC_ITEM_9 = "44260-8";

    private Phq9() {
    }

    public static ScaleScore score(List<Integer> answers) {
        int total = Answers.total("phq9", answers, ITEMS);
        return new ScaleScore(total, severity(total));
    }

    /** True when item 9 (thoughts of being better off dead or of self-harm) is above 0. */
    public static boolean selfHarmThoughts(List<Integer> answers) {
        Answers.total("phq9", answers, ITEMS);
        return answers.get(ITEMS - 1) > 0;
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
        if (total <= 19) {
            return Severity.MODERATELY_SEVERE;
        }
        return Severity.SEVERE;
    }
}
