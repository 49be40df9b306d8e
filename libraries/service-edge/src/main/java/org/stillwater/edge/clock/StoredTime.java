package org.stillwater.edge.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one place an instant is cut to the precision PostgreSQL keeps ({@code timestamptz}: microseconds). A time
 * that is stored and later compared with, or answered next to, what was read back must be cut first: the JVM's
 * clock has nanoseconds, and a value that loses them on the way to the database is no longer equal to itself.
 */
public final class StoredTime {

    private StoredTime() {
    }

    /** The clock's time now, as the database will keep it. */
    public static Instant now(Clock clock) {
        return of(clock.instant());
    }

    /** {@code instant} as the database will keep it; null stays null. */
    public static Instant of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
