package org.stillwater.webhook.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedeliveryRateLimitTest {

    private static final RedeliveryRateLimit LIMIT = new RedeliveryRateLimit(1, 10);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aFirstRangeRedeliveryIsAccepted() {
        assertEquals(Optional.empty(), LIMIT.retryAfter(true, List.of(), NOW));
    }

    @Test
    void aSecondRangeRedeliveryWithinAMinuteWaitsUntilTheFirstIsAMinuteOld() {
        assertEquals(Optional.of(Duration.ofSeconds(40)), LIMIT.retryAfter(true, List.of(NOW.minusSeconds(20)), NOW));
    }

    @Test
    void aRangeRedeliveryAMinuteAfterTheLastIsAccepted() {
        assertEquals(Optional.empty(), LIMIT.retryAfter(true, List.of(NOW.minus(Duration.ofMinutes(1)).minusNanos(1000)), NOW));
    }

    @Test
    void tenSingleRedeliveriesAMinuteAreAcceptedAndTheEleventhWaitsForTheOldest() {
        List<Instant> nine = java.util.stream.IntStream.range(0, 9).mapToObj(i -> NOW.minusSeconds(50 - i)).toList();
        assertEquals(Optional.empty(), LIMIT.retryAfter(false, nine, NOW));
        List<Instant> ten = java.util.stream.IntStream.range(0, 10).mapToObj(i -> NOW.minusSeconds(50 - i)).toList();
        assertEquals(Optional.of(Duration.ofSeconds(10)), LIMIT.retryAfter(false, ten, NOW));
    }

    @Test
    void singleAndRangeRedeliveriesAreLimitedApart() {
        assertEquals(Optional.empty(), LIMIT.retryAfter(false, List.of(NOW.minusSeconds(1)), NOW));
    }
}
