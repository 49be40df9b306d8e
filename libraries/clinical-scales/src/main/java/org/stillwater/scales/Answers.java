package org.stillwater.scales;

import java.util.List;

/** Both scales answer every item on the same 0–3 frequency scale. */
final class Answers {

    static final int MIN = 0;
    static final int MAX = 3;

    private Answers() {
    }

    static int total(String scale, List<Integer> answers, int items) {
        if (answers == null || answers.size() != items) {
            throw new InvalidAnswers(scale, "needs exactly " + items + " answers, got " + (answers == null ? 0 : answers.size()));
        }
        int total = 0;
        for (int i = 0; i < items; i++) {
            Integer answer = answers.get(i);
            if (answer == null || answer < MIN || answer > MAX) {
                throw new InvalidAnswers(scale + "[" + i + "]", "each answer is " + MIN + " to " + MAX + ", got " + answer);
            }
            total += answer;
        }
        return total;
    }
}
