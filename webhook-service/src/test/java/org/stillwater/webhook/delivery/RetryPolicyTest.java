package org.stillwater.webhook.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final RetryPolicy POLICY = RetryPolicy.STANDARD;
    private static final Instant FIRST = Instant.parse("2026-03-01T10:00:00Z");

    /** A random source that always answers its largest allowed value, to see the ceiling. */
    private static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    @Test
    void theCeilingStartsAtTheBaseAndDoubles() {
        assertEquals(FIRST.plusSeconds(1), POLICY.afterFailure(500, 1, FIRST, FIRST, HIGHEST).at());
        assertEquals(FIRST.plusSeconds(2), POLICY.afterFailure(500, 2, FIRST, FIRST, HIGHEST).at());
        assertEquals(FIRST.plusSeconds(16), POLICY.afterFailure(500, 5, FIRST, FIRST, HIGHEST).at());
    }

    @Test
    void theCeilingStopsAtOneHour() {
        assertEquals(FIRST.plus(Duration.ofHours(1)), POLICY.afterFailure(null, 13, FIRST, FIRST, HIGHEST).at());
        assertEquals(FIRST.plus(Duration.ofHours(1)), POLICY.afterFailure(null, 1_000_000, FIRST, FIRST, HIGHEST).at());
    }

    @Test
    void fullJitterSpreadsDelaysOverTheWholeRangeFromZero() {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        Instant now = FIRST.plusSeconds(30);
        long lowest = Long.MAX_VALUE;
        long highest = 0;
        for (int i = 0; i < 2_000; i++) {
            long delay = Duration.between(now, POLICY.afterFailure(503, 4, FIRST, now, random).at()).toMillis();
            assertTrue(delay >= 0 && delay <= 8_000, "delay " + delay + " out of [0, 8000] ms, seed " + seed);
            lowest = Math.min(lowest, delay);
            highest = Math.max(highest, delay);
        }
        assertTrue(lowest < 500, "lowest delay " + lowest + " ms, seed " + seed);
        assertTrue(highest > 7_500, "highest delay " + highest + " ms, seed " + seed);
    }

    @Test
    void goneEndsAtOnce() {
        assertTrue(POLICY.afterFailure(410, 1, FIRST, FIRST, HIGHEST).givesUp());
    }

    @Test
    void otherAnswersAndNoAnswerAreRetried() {
        for (Integer code : new Integer[] {null, 301, 400, 401, 404, 429, 500, 503}) {
            assertFalse(POLICY.afterFailure(code, 1, FIRST, FIRST, HIGHEST).givesUp(), "code %s".formatted(code));
        }
    }

    @Test
    void givesUpTwentyFourHoursAfterTheFirstAttempt() {
        Instant dayLater = FIRST.plus(Duration.ofHours(24));
        assertTrue(POLICY.afterFailure(500, 40, FIRST, dayLater, HIGHEST).givesUp());
        assertTrue(POLICY.afterFailure(500, 40, FIRST, dayLater.plusSeconds(5), HIGHEST).givesUp());
    }

    @Test
    void theLastRetryIsAtTheGiveUpTimeNotBeyond() {
        Instant almostADay = FIRST.plus(Duration.ofHours(24)).minusSeconds(60);
        assertEquals(FIRST.plus(Duration.ofHours(24)), POLICY.afterFailure(500, 40, FIRST, almostADay, HIGHEST).at());
    }

    @Test
    void attemptsMadeMustCountTheFailedOne() {
        assertThrows(IllegalArgumentException.class, () -> POLICY.afterFailure(500, 0, FIRST, FIRST, HIGHEST));
    }

    @Test
    void aPolicyNeedsAPositiveBaseNoLargerThanTheCap() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(24)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofHours(2), Duration.ofHours(1), Duration.ofHours(24)));
    }
}
