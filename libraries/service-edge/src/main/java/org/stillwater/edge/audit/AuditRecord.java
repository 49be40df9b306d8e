package org.stillwater.edge.audit;

import java.util.UUID;

/**
 * One audit row: who (actor, role) did what (action on resource) to whose data (patient), and the outcome.
 * Whatever bytes a request carried, the row can be stored: control characters (NUL among them, which PostgreSQL
 * refuses in text) are written as {@code \}{@code uXXXX}, a lone surrogate as U+FFFD, and long values are cut.
 * An actor that is not known is {@code anonymous}.
 */
public record AuditRecord(String correlationId, String actor, String actorRole, UUID patientId, String action,
                          String resource, int status, String outcome) {

    public static final String ANONYMOUS = "anonymous";
    static final int MAX_ACTOR = 255;
    static final int MAX_ACTION = 300;
    static final int MAX_RESOURCE = 1000;

    public AuditRecord {
        correlationId = correlationId == null ? null : storable(correlationId, CorrelationId.MAX_LENGTH);
        actor = actor == null || actor.isBlank() ? ANONYMOUS : storable(actor, MAX_ACTOR);
        actorRole = actorRole == null ? null : storable(actorRole, MAX_ACTOR);
        action = storable(action == null ? "" : action, MAX_ACTION);
        resource = storable(resource == null ? "" : resource, MAX_RESOURCE);
    }

    /** SUCCESS for 2xx/3xx; DENIED for 401, 403 and 404 (who is not allowed never learns more); REFUSED for other 4xx. */
    public static String outcome(int status) {
        if (status < 400) {
            return "SUCCESS";
        }
        if (status == 401 || status == 403 || status == 404) {
            return "DENIED";
        }
        return status < 500 ? "REFUSED" : "ERROR";
    }

    /** The text as a PostgreSQL text column takes it, at most {@code max} characters (then cut, marked with …). */
    static String storable(String text, int max) {
        StringBuilder clean = new StringBuilder(Math.min(text.length(), max) + 8);
        int i = 0;
        for (; i < text.length() && clean.length() < max; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                clean.append(String.format("\\u%04x", (int) c));
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                clean.append('\uFFFD');
            } else {
                clean.append(c);
            }
        }
        boolean cut = i < text.length() || clean.length() > max;
        if (clean.length() > max) {
            clean.setLength(Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max);
        }
        return cut ? clean.append('…').toString() : clean.toString();
    }
}
