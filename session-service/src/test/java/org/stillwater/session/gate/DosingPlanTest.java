package org.stillwater.session.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DosingPlanTest {

    private static final UUID PRESCRIPTION = UUID.randomUUID();
    private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void withoutAnAdjustmentThePrescribedDoseApplies() {
        DosingPlan plan = DosingPlan.of(PRESCRIPTION, 100, 200, ISSUED, null, null, 300);
        assertEquals(new DosingPlan(PRESCRIPTION, 100, 200, 2), plan);
    }

    @Test
    void anAdjustmentAfterTheIssueAppliesAtOnce() {
        DosingPlan lower = DosingPlan.of(PRESCRIPTION, 100, 200, ISSUED, 100, ISSUED.plusSeconds(3600), 300);
        assertEquals(100, lower.dosePerSessionMg());
        assertEquals(1, lower.unitsPerSession());
    }

    @Test
    void aDoseBetweenWholeUnitsNeedsTheNextWholeUnit() {
        assertEquals(3, DosingPlan.of(PRESCRIPTION, 100, 200, ISSUED, 250, ISSUED.plusSeconds(60), 300).unitsPerSession());
    }

    @Test
    void aPrescriptionIssuedAfterTheAdjustmentReplacesIt() {
        DosingPlan plan = DosingPlan.of(PRESCRIPTION, 50, 150, ISSUED, 100, ISSUED.minusSeconds(60), 300);
        assertEquals(150, plan.dosePerSessionMg());
        assertEquals(3, plan.unitsPerSession());
    }

    @Test
    void theDoseNeverExceedsTheProtocolsMaximum() {
        assertEquals(300, DosingPlan.of(PRESCRIPTION, 100, 200, ISSUED, 400, ISSUED.plusSeconds(60), 300).dosePerSessionMg());
    }
}
