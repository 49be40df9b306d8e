package org.stillwater.edge.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * An RFC 9457 problem detail. {@code type} is stable per kind of failure, so a client can act on it;
 * {@code errors} names every field or rule that failed.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://stillwater.example/problems/";

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /**
     * One failed field or rule.
     *
     * @param field   the JSON path of the field (e.g. {@code phq9[8]}), or the rule's name for a rule that failed
     * @param code    a stable code for the failure
     * @param message what is wrong, for a human
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String code, String message) {

        /** A rule's refusal as the client reads it. */
        public static FieldError of(Refusal refusal) {
            return new FieldError(refusal.field(), refusal.code(), refusal.message());
        }
    }
}
