package org.stillwater.session.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.stillwater.edge.problem.Problem;
import org.stillwater.session.gate.BlockReason;

/**
 * The 422 of a blocked start: an RFC 9457 problem ({@code errors} name each failed rule) with extension
 * members: the recorded attempt, every reason with when it clears by waiting, the time all of those have
 * cleared, and whether a clinician was alerted urgently.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionBlockedProblem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        List<Problem.FieldError> errors,
        UUID attemptId,
        List<BlockReason> reasons,
        Instant retryAfter,
        boolean urgentEscalation) {

    static SessionBlockedProblem of(Problem problem, HomeSession attempt) {
        return new SessionBlockedProblem(problem.type(), problem.title(), problem.status(), problem.detail(), problem.instance(),
                problem.errors(), attempt.id, attempt.reasons, attempt.retryAfter, attempt.urgentEscalation);
    }
}
