package org.stillwater.fhir.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.stillwater.edge.problem.Problem;
import org.stillwater.fhir.FhirJson;
import org.stillwater.fhir.OperationOutcomes;

/**
 * Every error of {@code /fhir/} is an OperationOutcome ({@code application/fhir+json}), as FHIR clients expect,
 * where {@code /api/} answers problem+json: the same status, with the problem's stable type as the issue's
 * details coding, its detail as diagnostics and each failed parameter as an expression. Runs after every other
 * response filter (the audit trail's 503 included), so whatever answer it finds is the one converted.
 */
public class FhirErrors {

    @ServerResponseFilter(priority = Priorities.USER - 1000)
    public void asOperationOutcome(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/fhir/") || response.getStatus() < 400) {
            return;
        }
        int status = response.getStatus();
        Object entity = response.getEntity();
        Problem problem = entity instanceof Problem given ? given
                : new Problem(Problem.type("http-" + status), reason(status), status, reason(status), null, List.of());
        List<OperationOutcomes.Failure> failures = problem.errors() == null ? List.of() : problem.errors().stream()
                .map(error -> new OperationOutcomes.Failure(error.field(), error.code(), error.message()))
                .toList();
        response.setEntity(OperationOutcomes.outcome(String.valueOf(problem.type()), problem.title(), status, problem.detail(), failures),
                new Annotation[0], MediaType.valueOf(FhirJson.MEDIA_TYPE));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, FhirJson.MEDIA_TYPE);
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
