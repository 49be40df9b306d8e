package org.stillwater.scales;

/** Answers that cannot be scored: the wrong number of items, or an item outside 0–3. */
public class InvalidAnswers extends IllegalArgumentException {

    private final String field;

    public InvalidAnswers(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The answer that is wrong, e.g. {@code phq9} or {@code phq9[8]}. */
    public String field() {
        return field;
    }
}
