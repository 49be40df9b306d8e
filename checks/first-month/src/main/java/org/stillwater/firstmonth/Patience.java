package org.stillwater.firstmonth;

import java.time.Instant;

/**
 * How long a journey waits for the other services to learn what it did (they learn through events) before it
 * fails: {@link FirstMonth#FIXED_PATIENCE} for a platform left alone; the fault suite's own for one it is
 * breaking on purpose, where a wait that spans a fault may last as long as the fault and its recovery.
 */
@FunctionalInterface
public interface Patience {

    /** Whether a wait that began at {@code began} has lasted longer than this patience allows, now. */
    boolean exhausted(Instant began);
}
