package org.stillwater.checkin.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stillwater.regulatory.refusal.Refusal;

class FollowUpRulesTest {

    private static final Instant WINDOW_OPENS = Instant.parse("2026-03-27T15:30:00Z");
    private static final List<Integer> PHQ9 = List.of(1, 1, 1, 0, 0, 0, 0, 0, 0);
    private static final List<Integer> GAD7 = List.of(1, 1, 0, 0, 0, 0, 0);

    @Test
    void aCompleteFollowUpInsideItsWindowPasses() {
        assertTrue(FollowUpRules.refusals(PHQ9, GAD7, "responding; continue", WINDOW_OPENS, WINDOW_OPENS).isEmpty());
    }

    @Test
    void aFollowUpAMomentBeforeItsWindowIsRefused() {
        List<Refusal> refusals = FollowUpRules.refusals(PHQ9, GAD7, "early", WINDOW_OPENS, WINDOW_OPENS.minusSeconds(1));
        assertEquals(List.of("follow-up-window-not-open"), refusals.stream().map(Refusal::code).toList());
    }

    @Test
    void aLateFollowUpIsStillAccepted() {
        assertTrue(FollowUpRules.refusals(PHQ9, GAD7, "late but done", WINDOW_OPENS, WINDOW_OPENS.plusSeconds(30 * 86400)).isEmpty());
    }

    @Test
    void phq9Gad7AndTheRationaleAreEachRequired() {
        assertEquals(List.of("phq9", "gad7", "rationale"),
                FollowUpRules.refusals(null, null, null, WINDOW_OPENS, WINDOW_OPENS).stream().map(Refusal::field).toList());
        assertEquals(List.of("rationale"),
                FollowUpRules.refusals(PHQ9, GAD7, "  ", WINDOW_OPENS, WINDOW_OPENS).stream().map(Refusal::field).toList());
    }
}
