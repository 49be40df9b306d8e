package org.stillwater.checkin.followup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.stillwater.edge.problem.Problem.FieldError;

/**
 * The week-4 follow-up (DESIGN §6, Check-ins): held inside its window (day 25 to day 31 after approval; late
 * is allowed, early is not), with PHQ-9 and GAD-7 re-measured and the decision recorded with its rationale.
 * Every rule that fails is reported.
 */
public final class FollowUpRules {

    private FollowUpRules() {
    }

    public static List<FieldError> refusals(List<Integer> phq9, List<Integer> gad7, String rationale, Instant windowOpensAt, Instant now) {
        List<FieldError> refusals = new ArrayList<>();
        if (windowOpensAt != null && now.isBefore(windowOpensAt)) {
            refusals.add(new FieldError("checkInId", "follow-up-window-not-open",
                    "the week-4 follow-up window opens at " + windowOpensAt + ": it cannot be held earlier"));
        }
        if (phq9 == null) {
            refusals.add(new FieldError("phq9", "required-at-follow-up", "the follow-up re-measures PHQ-9 against the baseline"));
        }
        if (gad7 == null) {
            refusals.add(new FieldError("gad7", "required-at-follow-up", "the follow-up re-measures GAD-7"));
        }
        if (rationale == null || rationale.isBlank()) {
            refusals.add(new FieldError("rationale", "required-at-follow-up",
                    "the decision to continue, adjust, pause or stop is recorded with its rationale"));
        }
        return refusals;
    }
}
