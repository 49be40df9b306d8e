package org.stillwater.checkin.followup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * The week-4 follow-up (DESIGN §6, Check-ins): held inside its window (day 25 to day 31 after approval; late
 * is allowed, early is not), with PHQ-9 and GAD-7 re-measured and the decision recorded with its rationale.
 * Every rule that fails is reported.
 */
public final class FollowUpRules {

    private FollowUpRules() {
    }

    public static List<Refusal> refusals(List<Integer> phq9, List<Integer> gad7, String rationale, Instant windowOpensAt, Instant now) {
        List<Refusal> refusals = new ArrayList<>();
        if (windowOpensAt != null && now.isBefore(windowOpensAt)) {
            refusals.add(new Refusal("checkInId", "follow-up-window-not-open",
                    "the week-4 follow-up window opens at " + windowOpensAt + ": it cannot be held earlier"));
        }
        if (phq9 == null) {
            refusals.add(new Refusal("phq9", "required-at-follow-up", "the follow-up re-measures PHQ-9 against the baseline"));
        }
        if (gad7 == null) {
            refusals.add(new Refusal("gad7", "required-at-follow-up", "the follow-up re-measures GAD-7"));
        }
        if (rationale == null || rationale.isBlank()) {
            refusals.add(new Refusal("rationale", "required-at-follow-up",
                    "the decision to continue, adjust, pause or stop is recorded with its rationale"));
        }
        return refusals;
    }
}
