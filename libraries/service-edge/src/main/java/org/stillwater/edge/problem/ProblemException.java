package org.stillwater.edge.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;

/**
 * A failure the caller can act on, answered as {@code application/problem+json}. Rules throw it (through the
 * factory methods) with every reason; nothing else needs to know about HTTP.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Duration retryAfter;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        this(status, slug, title, detail, errors, null);
    }

    private ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors, Duration retryAfter) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    /**
     * 429: the caller asked too often; the same request is accepted after {@code retryAfter}, which the answer's
     * {@code Retry-After} header gives in whole seconds (rounded up, at least 1).
     */
    public static ProblemException tooManyRequests(String slug, String detail, List<Refusal> reasons, Duration retryAfter) {
        return new ProblemException(429, slug, "Too many requests", detail, errors(reasons), retryAfter);
    }

    /** 404: unknown, or not the caller's to see (existence is never revealed). */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " was not found", List.of());
    }

    /** 409: the request is valid but the resource's state does not allow it (e.g. an illegal transition). */
    public static ProblemException conflict(String slug, String detail, List<Refusal> reasons) {
        return new ProblemException(409, slug, "Conflict with the current state", detail, errors(reasons));
    }

    /** 422: well-formed, but a clinical or regulatory rule refuses it; {@code reasons} lists every rule that failed. */
    public static ProblemException ruleViolation(String slug, String detail, List<Refusal> reasons) {
        return new ProblemException(422, slug, "Refused by a rule", detail, errors(reasons));
    }

    /** The one way a refused request becomes an answer: 409 for a state that does not allow it, 422 for a rule. */
    public static ProblemException of(Refused refused) {
        return switch (refused.kind()) {
            case CONFLICT -> conflict(refused.slug(), refused.detail(), refused.reasons());
            case RULE -> ruleViolation(refused.slug(), refused.detail(), refused.reasons());
        };
    }

    /**
     * Nothing when a rule class returned no refusals, else the 422 {@code slug} whose detail counts them
     * (e.g. "the dispatch breaks 2 rule(s)", {@link Refused#byRules}) and whose {@code errors} list every one.
     *
     * @param request what was refused, as the detail names it (e.g. "the dispatch")
     * @throws ProblemException 422 {@code slug} when {@code refusals} is not empty
     */
    public static void refuseIfAny(String slug, String request, List<Refusal> refusals) {
        if (!refusals.isEmpty()) {
            throw of(Refused.byRules(slug, request, refusals));
        }
    }

    /** 400: a field is malformed or out of range. */
    public static ProblemException badRequest(String field, String code, String message) {
        return new ProblemException(400, "invalid-request", "Invalid request", message,
                List.of(new Problem.FieldError(field, code, message)));
    }

    private static List<Problem.FieldError> errors(List<Refusal> refusals) {
        return refusals.stream().map(Problem.FieldError::of).toList();
    }

    public int status() {
        return status;
    }

    /** The seconds of a Retry-After header (rounded up, at least 1), when the request may be repeated later. */
    public Optional<Long> retryAfterSeconds() {
        if (retryAfter == null) {
            return Optional.empty();
        }
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Optional.of(Math.max(1, seconds));
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, errors);
    }
}
