package org.stillwater.session.homesession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stillwater.regulatory.refusal.Refusal;

class SessionLogPolicyTest {

    private static List<String> codes(int doseMg, int unitsUsed, int allowedDoseMg, int strengthMg, int unitsAvailable) {
        return SessionLogPolicy.refusals(doseMg, unitsUsed, allowedDoseMg, strengthMg, unitsAvailable).stream().map(Refusal::code).toList();
    }

    @Test
    void thePrescribedDoseFromUnitsOnHandIsAccepted() {
        assertTrue(codes(200, 2, 200, 100, 2).isEmpty());
    }

    @Test
    void aDoseAboveThePrescribedDosePerSessionIsRefused() {
        List<Refusal> refusals = SessionLogPolicy.refusals(300, 3, 200, 100, 8);
        assertEquals(List.of("dose-above-prescribed"), refusals.stream().map(Refusal::code).toList());
        assertEquals("doseMg", refusals.get(0).field());
    }

    @Test
    void moreUnitsThanOnHandAreRefused() {
        List<Refusal> refusals = SessionLogPolicy.refusals(200, 2, 200, 100, 1);
        assertEquals(List.of("units-above-on-hand"), refusals.stream().map(Refusal::code).toList());
        assertEquals("unitsUsed", refusals.get(0).field());
        assertEquals(List.of("units-above-on-hand"), codes(100, 1, 200, 100, 0));
    }

    @Test
    void aDoseTheUnitsUsedCannotHoldIsRefused() {
        assertEquals(List.of("dose-above-units-used"), codes(200, 1, 200, 100, 8));
    }

    @Test
    void aDoseBelowWhatTheUnitsUsedHoldIsRefused() {
        assertEquals(List.of("dose-below-units-used"), codes(100, 2, 200, 100, 8));
        assertEquals(List.of("dose-below-units-used"), codes(0, 1, 200, 100, 8));
        assertTrue(codes(0, 0, 200, 100, 0).isEmpty());
    }

    @Test
    void theDoseIsExactlyTheUnitsUsedTimesTheirStrengthForAnyUnitsAndStrength() {
        long seed = System.nanoTime();
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = 0; i < 1_000; i++) {
            int strengthMg = 1 + random.nextInt(1000);
            int unitsUsed = random.nextInt(11);
            int doseMg = random.nextInt(2) == 0 ? unitsUsed * strengthMg : random.nextInt(10_001);
            List<String> codes = codes(doseMg, unitsUsed, Integer.MAX_VALUE, strengthMg, Integer.MAX_VALUE);
            assertEquals(doseMg == unitsUsed * strengthMg, codes.isEmpty(),
                    "seed " + seed + ": " + doseMg + " mg from " + unitsUsed + " x " + strengthMg + " mg gave " + codes);
        }
    }

    @Test
    void aCompletionMayNotLogFewerUnitsThanTheDoseTheSessionAlreadyLogged() {
        List<Refusal> refusals = SessionLogPolicy.completionRefusals(100, 1, 200, 100, 3, 2);
        assertEquals(List.of("units-below-logged-dose"), refusals.stream().map(Refusal::code).toList());
        assertEquals("unitsUsed", refusals.get(0).field());
        assertTrue(SessionLogPolicy.completionRefusals(200, 2, 200, 100, 3, 2).isEmpty());
        assertTrue(SessionLogPolicy.completionRefusals(100, 1, 200, 100, 3, 0).isEmpty());
    }

    @Test
    void everyBrokenRuleIsReported() {
        assertEquals(List.of("dose-above-prescribed", "dose-above-units-used", "units-above-on-hand"), codes(400, 3, 200, 100, 2));
    }

    @Test
    void aSessionIsOverdueSixHoursAfterItsStart() {
        Instant started = Instant.parse("2026-03-02T18:00:00Z");
        Duration window = Duration.ofHours(6);
        assertFalse(SessionLogPolicy.overdue(started, window, started.plus(Duration.ofHours(5).plusMinutes(59))));
        assertTrue(SessionLogPolicy.overdue(started, window, started.plus(window)));
    }
}
