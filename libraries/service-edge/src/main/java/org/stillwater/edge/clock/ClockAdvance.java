package org.stillwater.edge.clock;

import java.time.Duration;
import java.util.Optional;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * How far one call may move the simulated clock: forward, by at most {@link #MAX} (a year of a demo or test at a
 * time). An advance of years would carry every date the services compute (follow-up windows, expiries, audit
 * retention) past what their columns and the java.time arithmetic hold, and turn later requests into 500s.
 */
public final class ClockAdvance {

    /** The most one call may advance: a leap year. */
    public static final Duration MAX = Duration.ofDays(366);

    private ClockAdvance() {
    }

    /** Why {@code by} is refused, if it is. */
    public static Optional<Refusal> refusal(Duration by) {
        if (by.isNegative() || by.isZero()) {
            return Optional.of(new Refusal("advanceBy", "not-forward", "the clock only moves forward: advance by more than nothing"));
        }
        if (by.compareTo(MAX) > 0) {
            return Optional.of(new Refusal("advanceBy", "advance-too-large",
                    "at most " + MAX.toDays() + " days per call (" + MAX + "), not " + by));
        }
        return Optional.empty();
    }
}
