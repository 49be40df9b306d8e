package org.stillwater.session.homesession;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.stillwater.regulatory.refusal.Refusal;

/** The rules of a session log (DESIGN §6): what a session may log, and when it is too late to log it. */
public final class SessionLogPolicy {

    private SessionLogPolicy() {
    }

    /** A session not completed within {@code abandonAfter} of its start is closed as ABANDONED. */
    public static boolean overdue(Instant startedAt, Duration abandonAfter, Instant now) {
        return !now.isBefore(startedAt.plus(abandonAfter));
    }

    /**
     * Every rule a logged dose breaks.
     *
     * @param allowedDoseMg  the dose per session in force when the session started
     * @param strengthMg     mg per unit of the session's prescription
     * @param unitsAvailable units on hand for this session (including any it logged before)
     */
    public static List<Refusal> refusals(int doseMg, int unitsUsed, int allowedDoseMg, int strengthMg, int unitsAvailable) {
        List<Refusal> refusals = new ArrayList<>();
        if (doseMg > allowedDoseMg) {
            refusals.add(new Refusal("doseMg", "dose-above-prescribed",
                    doseMg + " mg is above the prescribed dose per session of " + allowedDoseMg + " mg"));
        }
        if (doseMg > unitsUsed * strengthMg) {
            refusals.add(new Refusal("doseMg", "dose-above-units-used",
                    doseMg + " mg cannot come from " + unitsUsed + " unit(s) of " + strengthMg + " mg"));
        }
        if (unitsUsed > unitsAvailable) {
            refusals.add(new Refusal("unitsUsed", "units-above-on-hand",
                    unitsUsed + " unit(s) is more than the " + unitsAvailable + " on hand"));
        }
        return refusals;
    }
}
