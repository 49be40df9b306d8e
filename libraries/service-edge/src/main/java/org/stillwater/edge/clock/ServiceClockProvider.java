package org.stillwater.edge.clock;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Gives Bean Validation the service's clock, so {@code @Past} and {@code @PastOrPresent} on a request judge
 * "now" as the rules do: with the simulated clock moved forward, a date the patient lived through on it
 * is in the past, not refused because the system clock has not reached it.
 */
@Singleton
public class ServiceClockProvider implements ClockProvider {

    @Inject
    ServiceClock clock;

    @Override
    public Clock getClock() {
        return clock;
    }
}
