package org.stillwater.regulatory.refusal;

import java.util.List;

/**
 * A request refused, with every reason: what a transition answers instead of its events. service-edge answers it
 * as a problem+json whose {@code type} ends in {@code slug}: 409 for a {@link Kind#CONFLICT}, 422 for a
 * {@link Kind#RULE}.
 *
 * @param kind    whether the state does not allow the request, or a rule refuses it
 * @param slug    the stable problem type (e.g. {@code session-already-completed}, {@code dispatch-refused})
 * @param detail  what happened, for a human
 * @param reasons every reason, each naming its field and code
 */
public record Refused(Kind kind, String slug, String detail, List<Refusal> reasons) {

    public enum Kind {
        /** The request is valid, but the current state does not allow it (e.g. completing a completed session). */
        CONFLICT,
        /** Well-formed, but a clinical or regulatory rule refuses it. */
        RULE
    }

    public Refused {
        reasons = List.copyOf(reasons);
    }

    /** The state does not allow the request, for one reason. */
    public static Refused conflict(String slug, String detail, Refusal reason) {
        return new Refused(Kind.CONFLICT, slug, detail, List.of(reason));
    }

    /**
     * Rules refuse the request; the detail counts them, e.g. "the dispatch breaks 2 rule(s)".
     *
     * @param request what was refused, as the detail names it (e.g. "the dispatch")
     */
    public static Refused byRules(String slug, String request, List<Refusal> reasons) {
        return new Refused(Kind.RULE, slug, request + " breaks " + reasons.size() + " rule(s)", reasons);
    }
}
