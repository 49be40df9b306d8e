package org.stillwater.webhook.delivery;

/**
 * One attempt's answer.
 *
 * @param responseCode the receiver's status code, null when no answer came
 * @param latencyMillis from starting to connect to the end of the answer (or the failure)
 * @param error        why no answer came (timeout, refused, reset, a refused address), else null
 * @param excerpt      at most {@link #EXCERPT_CHARS} characters of the answer's body, without NUL characters
 */
public record SendResult(Integer responseCode, int latencyMillis, String error, String excerpt) {

    public static final int EXCERPT_CHARS = 256;

    public boolean delivered() {
        return responseCode != null && responseCode >= 200 && responseCode < 300;
    }

    public static SendResult noAnswer(int latencyMillis, String error) {
        return new SendResult(null, latencyMillis, error, null);
    }
}
