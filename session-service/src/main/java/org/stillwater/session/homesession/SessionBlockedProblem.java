package org.stillwater.session.homesession;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.stillwater.edge.problem.Problem;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.problem.ProblemMappers;
import org.stillwater.regulatory.refusal.Refusal;
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

    /** The answer to a blocked start: 422 without throwing, so the recorded attempt commits with its answer. */
    static Response answer(HomeSession attempt) {
        List<Refusal> reasons = attempt.reasons.stream()
                .map(reason -> new Refusal(reason.code().subject(), reason.code().name(), reason.message()))
                .toList();
        Problem problem = ProblemException.ruleViolation("session-blocked",
                "the pre-session safety gate refused the session for " + reasons.size() + " reason(s)", reasons)
                .toProblem("/api/v1/patients/" + attempt.patientId + "/sessions");
        return Response.fromResponse(ProblemMappers.respond(problem)).entity(of(problem, attempt)).build();
    }

    private static SessionBlockedProblem of(Problem problem, HomeSession attempt) {
        return new SessionBlockedProblem(problem.type(), problem.title(), problem.status(), problem.detail(), problem.instance(),
                problem.errors(), attempt.id, attempt.reasons, attempt.retryAfter, attempt.urgentEscalation);
    }
}
