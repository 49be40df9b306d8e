package org.stillwater.hostile;

/** Request bodies the regression tests send as written, so the JSON under test is exactly the reported one. */
final class Bodies {

    private Bodies() {
    }

    /** An intake with these PHQ-9 answers and blood pressure (both as JSON text) and nothing remarkable otherwise. */
    static String intake(String phq9, String bloodPressure) {
        return """
                {"phq9": %s, "gad7": [1,1,1,1,1,1,1], "bloodPressure": %s, "conditions": [], "currentMedications": [],
                 "ketamineAllergy": false, "otherAllergies": [], "pregnantOrNursing": false,
                 "substanceUse": {"activeSubstanceUseDisorder": false}}""".formatted(phq9, bloodPressure);
    }

    /** A pre-session check with this blood pressure (JSON text) and every other answer safe. */
    static String preSessionCheck(String bloodPressure) {
        return """
                {"bloodPressure": %s, "sitterPresent": true, "sitterAdult": true, "safeSetting": true,
                 "noDrivingAcknowledged": true, "recentAlcohol": false, "recentBenzodiazepines": false}""".formatted(bloodPressure);
    }
}
