package org.stillwater.vitals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stillwater.vitals.BloodPressurePlausibility.Implausibility;

class BloodPressurePlausibilityTest {

    private static List<String> codes(Integer systolic, Integer diastolic) {
        return BloodPressurePlausibility.check(systolic, diastolic).stream()
                .map(reason -> reason.component() + ":" + reason.code()).toList();
    }

    @ParameterizedTest
    @CsvSource({"120, 80", "41, 40", "300, 200", "40, 20", "250, 150"})
    void aReadingWithinTheRangesAndSystolicAboveDiastolicIsPlausible(int systolic, int diastolic) {
        assertTrue(BloodPressurePlausibility.check(systolic, diastolic).isEmpty());
    }

    @Test
    void aDiastolicValueAboveTheSystolicOneIsImplausible() {
        assertEquals(List.of(":implausible-reading"), codes(90, 95));
    }

    @Test
    void equalValuesAreImplausible() {
        assertEquals(List.of(":implausible-reading"), codes(100, 100));
    }

    @Test
    void valuesOutsideTheRangesAreRefusedEachByName() {
        assertEquals(List.of("systolic:out-of-range", "diastolic:out-of-range"), codes(39, 201));
        assertEquals(List.of("systolic:out-of-range"), codes(301, 80));
        assertEquals(List.of("diastolic:out-of-range"), codes(120, 19));
    }

    @Test
    void theOrderOfThePairIsOnlyJudgedWhenBothValuesAreInRange() {
        assertEquals(List.of("systolic:out-of-range", "diastolic:out-of-range"), codes(0, 0));
    }

    @Test
    void aMissingValueIsLeftToTheRequestsOwnValidation() {
        assertTrue(BloodPressurePlausibility.check(null, 80).isEmpty());
        assertEquals(List.of("systolic:out-of-range"), codes(10, null));
    }

    @Test
    void everyReasonSaysWhatIsWrongInMmHg() {
        Implausibility reason = BloodPressurePlausibility.check(500, 80).get(0);
        assertEquals("must be 40 to 300 mmHg", reason.message());
    }
}
