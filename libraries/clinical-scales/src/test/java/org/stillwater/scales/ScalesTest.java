package org.stillwater.scales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalesTest {

    /** Nine PHQ-9 answers adding up to {@code total}, item 9 answered {@code item9}. */
    static List<Integer> phq9(int total, int item9) {
        List<Integer> answers = new ArrayList<>(Collections.nCopies(9, 0));
        answers.set(8, item9);
        int remaining = total - item9;
        for (int i = 0; i < 8 && remaining > 0; i++) {
            int answer = Math.min(3, remaining);
            answers.set(i, answer);
            remaining -= answer;
        }
        return answers;
    }

    /** Nine PHQ-9 answers adding up to {@code total}. */
    static List<Integer> phq9(int total) {
        return spread(total, 9);
    }

    static List<Integer> gad7(int total) {
        return spread(total, 7);
    }

    private static List<Integer> spread(int total, int items) {
        List<Integer> answers = new ArrayList<>(Collections.nCopies(items, 0));
        int remaining = total;
        for (int i = 0; i < items && remaining > 0; i++) {
            int answer = Math.min(3, remaining);
            answers.set(i, answer);
            remaining -= answer;
        }
        return answers;
    }

    @ParameterizedTest(name = "PHQ-9 {0} is {1}")
    @CsvSource({"0, MINIMAL", "4, MINIMAL", "5, MILD", "9, MILD", "10, MODERATE", "14, MODERATE",
            "15, MODERATELY_SEVERE", "19, MODERATELY_SEVERE", "20, SEVERE", "27, SEVERE"})
    void phq9SeverityBandsChangeAtTheirBoundaries(int total, Severity severity) {
        ScaleScore score = Phq9.score(phq9(total));
        assertEquals(total, score.total());
        assertEquals(severity, score.severity());
    }

    @ParameterizedTest(name = "GAD-7 {0} is {1}")
    @CsvSource({"0, MINIMAL", "4, MINIMAL", "5, MILD", "9, MILD", "10, MODERATE", "14, MODERATE", "15, SEVERE", "21, SEVERE"})
    void gad7SeverityBandsChangeAtTheirBoundaries(int total, Severity severity) {
        ScaleScore score = Gad7.score(gad7(total));
        assertEquals(total, score.total());
        assertEquals(severity, score.severity());
    }

    @Test
    void phq9Item9AboveZeroMeansThoughtsOfSelfHarm() {
        assertTrue(Phq9.selfHarmThoughts(phq9(10, 1)));
        assertFalse(Phq9.selfHarmThoughts(phq9(10, 0)));
    }

    @Test
    void phq9NeedsExactlyNineAnswers() {
        assertEquals("phq9", assertThrows(InvalidAnswers.class, () -> Phq9.score(Collections.nCopies(8, 1))).field());
        assertEquals("phq9", assertThrows(InvalidAnswers.class, () -> Phq9.score(Collections.nCopies(10, 1))).field());
    }

    @Test
    void gad7NeedsExactlySevenAnswers() {
        assertEquals("gad7", assertThrows(InvalidAnswers.class, () -> Gad7.score(Collections.nCopies(6, 1))).field());
    }

    @Test
    void anAnswerAboveThreeNamesTheItem() {
        List<Integer> answers = phq9(0);
        answers.set(8, 4);
        assertEquals("phq9[8]", assertThrows(InvalidAnswers.class, () -> Phq9.score(answers)).field());
    }

    @Test
    void aNegativeAnswerNamesTheItem() {
        List<Integer> answers = gad7(0);
        answers.set(2, -1);
        assertEquals("gad7[2]", assertThrows(InvalidAnswers.class, () -> Gad7.score(answers)).field());
    }

    @Test
    void aDropOfExactlyFiftyPercentIsAResponse() {
        assertTrue(TreatmentResponse.of(20, 10).response());
        assertTrue(TreatmentResponse.of(15, 7).response());
    }

    @Test
    void aDropOfLessThanFiftyPercentIsNoResponse() {
        assertFalse(TreatmentResponse.of(20, 11).response());
        assertFalse(TreatmentResponse.of(15, 8).response());
    }

    @Test
    void phq9FourIsRemissionAndFiveIsNot() {
        assertTrue(TreatmentResponse.of(18, 4).remission());
        assertFalse(TreatmentResponse.of(18, 5).remission());
    }

    @Test
    void changeIsReportedInPercentOfBaseline() {
        assertEquals(-50, TreatmentResponse.of(20, 10).changePercent());
        assertEquals(25, TreatmentResponse.of(8, 10).changePercent());
    }
}
