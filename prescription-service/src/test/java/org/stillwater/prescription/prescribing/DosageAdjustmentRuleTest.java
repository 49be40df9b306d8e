package org.stillwater.prescription.prescribing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stillwater.regulatory.refusal.Refusal;

class DosageAdjustmentRuleTest {

    private static final String DEA = "BR1234563";

    @Test
    void theAdjustingClinicianNeedsAValidDeaNumber() {
        assertEquals(List.of("dea-number-check-digit"), codes(DosageAdjustmentRule.unitsFor(100, 100, 12, 300, "BR1234564")));
        assertEquals(List.of("dea-number-missing"), codes(DosageAdjustmentRule.unitsFor(100, 100, 12, 300, null)));
        assertEquals(List.of("dea-number-registrant-type"), codes(DosageAdjustmentRule.unitsFor(100, 100, 12, 300, "XR1234563")));
    }

    private static List<String> codes(DosageAdjustmentRule.DoseChange change) {
        return change.refusals().stream().map(Refusal::code).toList();
    }

    @Test
    void aDoseOfWholeLozengesBecomesTheUnitsPerSession() {
        DosageAdjustmentRule.DoseChange change = DosageAdjustmentRule.unitsFor(300, 100, 12, 300, DEA);
        assertTrue(change.applicable());
        assertEquals(3, change.unitsPerSession());
        assertEquals(1, DosageAdjustmentRule.unitsFor(100, 100, 12, 300, DEA).unitsPerSession());
    }

    @Test
    void aDoseThatIsNotAWholeNumberOfLozengesIsNotRounded() {
        assertEquals(List.of("not-whole-lozenges"), codes(DosageAdjustmentRule.unitsFor(250, 100, 12, 300, DEA)));
        assertEquals(List.of("not-whole-lozenges"), codes(DosageAdjustmentRule.unitsFor(50, 100, 12, 300, DEA)));
    }

    @Test
    void aDoseAboveTheProtocolMaximumIsNotApplied() {
        assertEquals(List.of("dose-above-protocol-maximum"), codes(DosageAdjustmentRule.unitsFor(400, 100, 12, 300, DEA)));
    }

    @Test
    void moreThanTenLozengesPerSessionIsNotApplied() {
        assertEquals(List.of("units-per-session-out-of-range"), codes(DosageAdjustmentRule.unitsFor(550, 50, 20, 800, DEA)));
        assertTrue(DosageAdjustmentRule.unitsFor(500, 50, 20, 800, DEA).applicable());
    }

    @Test
    void aDoseAFillCannotCoverIsNotApplied() {
        assertEquals(List.of("quantity-below-one-session"), codes(DosageAdjustmentRule.unitsFor(300, 50, 4, 300, DEA)));
    }

    @Test
    void everyReasonIsReported() {
        assertEquals(List.of("dose-above-protocol-maximum", "not-whole-lozenges"), codes(DosageAdjustmentRule.unitsFor(450, 100, 12, 300, DEA)));
    }
}
