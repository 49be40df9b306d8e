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
     * Every rule a logged dose breaks. Lozenges are taken whole, so the dose is the units used times their strength,
     * no more and no less: a dose logged with more units than it holds would count units as used that were not (or
     * the reverse), and the units on hand (delivered minus logged) would drift from what the patient holds.
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
        long unitsDoseMg = (long) unitsUsed * strengthMg;
        if (doseMg > unitsDoseMg) {
            refusals.add(new Refusal("doseMg", "dose-above-units-used",
                    doseMg + " mg cannot come from " + unitsUsed + " unit(s) of " + strengthMg + " mg"));
        } else if (doseMg < unitsDoseMg) {
            refusals.add(new Refusal("doseMg", "dose-below-units-used",
                    unitsUsed + " unit(s) of " + strengthMg + " mg are " + unitsDoseMg + " mg, not " + doseMg + " mg"));
        }
        if (unitsUsed > unitsAvailable) {
            refusals.add(new Refusal("unitsUsed", "units-above-on-hand",
                    unitsUsed + " unit(s) is more than the " + unitsAvailable + " on hand"));
        }
        return refusals;
    }

    /**
     * Every rule a completion breaks: those of {@link #refusals}, and it may not log fewer units than the dose this
     * session already logged (those were taken; logging fewer would put them back on hand).
     *
     * @param unitsLogged the units of the dose this session logged while in progress; 0 when it logged none
     */
    public static List<Refusal> completionRefusals(int doseMg, int unitsUsed, int allowedDoseMg, int strengthMg, int unitsAvailable,
                                                   int unitsLogged) {
        List<Refusal> refusals = new ArrayList<>(refusals(doseMg, unitsUsed, allowedDoseMg, strengthMg, unitsAvailable));
        if (unitsUsed < unitsLogged) {
            refusals.add(new Refusal("unitsUsed", "units-below-logged-dose",
                    unitsUsed + " unit(s) is fewer than the " + unitsLogged + " this session already logged with its dose"));
        }
        return refusals;
    }
}
