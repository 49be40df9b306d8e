package org.stillwater.checkin.followup;

import java.util.List;
import org.stillwater.scales.Gad7;
import org.stillwater.scales.Phq9;
import org.stillwater.scales.ScaleScore;
import org.stillwater.scales.TreatmentResponse;

/**
 * PHQ-9 and GAD-7 measured at a check-in (either may be missing, except at the FOLLOW_UP), scored with the
 * shared clinical scales, and the change against the baseline PHQ-9 of the approval: response is a drop of at
 * least 50 % (exactly 50 % counts), remission a PHQ-9 below 5.
 *
 * @param phq9   null when not measured
 * @param gad7   null when not measured
 * @param change null when the PHQ-9 was not measured
 */
public record Measurement(ScaleScore phq9, ScaleScore gad7, TreatmentResponse change) {

    /** @throws org.stillwater.scales.InvalidAnswers when answers given cannot be scored */
    public static Measurement of(List<Integer> phq9Answers, List<Integer> gad7Answers, int baselinePhq9) {
        ScaleScore phq9 = phq9Answers == null ? null : Phq9.score(phq9Answers);
        ScaleScore gad7 = gad7Answers == null ? null : Gad7.score(gad7Answers);
        TreatmentResponse change = phq9 == null ? null : TreatmentResponse.of(baselinePhq9, phq9.total());
        return new Measurement(phq9, gad7, change);
    }

    public Integer phq9Total() {
        return phq9 == null ? null : phq9.total();
    }

    public Integer gad7Total() {
        return gad7 == null ? null : gad7.total();
    }

    public Boolean response() {
        return change == null ? null : change.response();
    }

    public Boolean remission() {
        return change == null ? null : change.remission();
    }
}
