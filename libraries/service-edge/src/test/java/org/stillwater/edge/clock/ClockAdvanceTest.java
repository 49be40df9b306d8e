package org.stillwater.edge.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stillwater.regulatory.refusal.Refusal;

class ClockAdvanceTest {

    private static Optional<String> code(Duration by) {
        return ClockAdvance.refusal(by).map(Refusal::code);
    }

    @Test
    void anAdvanceOfUpToAYearIsAccepted() {
        assertTrue(code(Duration.ofMillis(1)).isEmpty());
        assertTrue(code(Duration.ofDays(3)).isEmpty());
        assertTrue(code(Duration.ofDays(366)).isEmpty());
    }

    @Test
    void anAdvanceOfMoreThan366DaysIsRefused() {
        assertEquals(Optional.of("advance-too-large"), code(Duration.ofDays(366).plusSeconds(1)));
        assertEquals(Optional.of("advance-too-large"), code(Duration.ofDays(365L * 500)));
        assertEquals(Optional.of("advance-too-large"), code(Duration.ofSeconds(Long.MAX_VALUE)));
    }

    @Test
    void anAdvanceOfNothingOrBackwardsIsRefused() {
        assertEquals(Optional.of("not-forward"), code(Duration.ZERO));
        assertEquals(Optional.of("not-forward"), code(Duration.ofHours(-1)));
    }
}
