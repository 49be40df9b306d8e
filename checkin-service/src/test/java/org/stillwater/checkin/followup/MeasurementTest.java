package org.stillwater.checkin.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stillwater.scales.InvalidAnswers;
import org.stillwater.scales.Severity;

class MeasurementTest {

    private static final List<Integer> GAD7 = List.of(1, 1, 1, 1, 0, 0, 0);

    /** PHQ-9 answers adding up to {@code total}, item 9 at 0. */
    private static List<Integer> phq9(int total) {
        List<Integer> answers = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0));
        for (int item = 0; total > 0; item++, total -= Math.min(3, total)) {
            answers.set(item, Math.min(3, total));
        }
        return answers;
    }

    @Test
    void exactlyHalfTheBaselineIsAResponse() {
        Measurement measurement = Measurement.of(phq9(7), GAD7, 14);
        assertTrue(measurement.response());
        assertEquals(-50, measurement.change().changePercent());
    }

    @Test
    void justLessThanAHalvingIsNoResponse() {
        Measurement measurement = Measurement.of(phq9(8), GAD7, 15);
        assertFalse(measurement.response());
        assertEquals(-47, measurement.change().changePercent());
    }

    @Test
    void aPhq9Of4IsRemissionAnd5IsNot() {
        assertTrue(Measurement.of(phq9(4), GAD7, 14).remission());
        assertFalse(Measurement.of(phq9(5), GAD7, 14).remission());
    }

    @Test
    void theScalesAreScoredWithTheirSeverityBands() {
        Measurement measurement = Measurement.of(phq9(10), GAD7, 20);
        assertEquals(10, measurement.phq9Total());
        assertEquals(Severity.MODERATE, measurement.phq9().severity());
        assertEquals(4, measurement.gad7Total());
        assertEquals(Severity.MINIMAL, measurement.gad7().severity());
    }

    @Test
    void withoutAPhq9ThereIsNeitherResponseNorRemission() {
        Measurement measurement = Measurement.of(null, GAD7, 14);
        assertNull(measurement.phq9Total());
        assertNull(measurement.response());
        assertNull(measurement.remission());
        assertEquals(4, measurement.gad7Total());
    }

    @Test
    void answersThatCannotBeScoredAreRefused() {
        assertThrows(InvalidAnswers.class, () -> Measurement.of(List.of(1, 2, 3), GAD7, 14));
    }
}
