package org.stillwater.edge.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A NUL (U+0000, {@code %00}) in the path or a query value is a 400 before any endpoint sees it: no id or
 * value of the API contains one, and PostgreSQL cannot store or compare text that does. Checked once the
 * caller is authenticated, so a request without a valid token is a 401 whatever else it carries.
 */
public class NulInRequest {

    @ServerRequestFilter
    public Response refuse(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().indexOf('\0') >= 0) {
            return refusal("path", request);
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
                return refusal(parameter.getKey().indexOf('\0') >= 0 ? "query" : parameter.getKey(), request);
            }
        }
        return null;
    }

    private static Response refusal(String field, ContainerRequestContext request) {
        String message = "must not contain NUL (%00)";
        return ProblemMappers.respond(new Problem(Problem.type("invalid-request"), "Invalid request", 400, field + " " + message,
                request.getUriInfo().getPath().replace("\0", "%00"), List.of(new Problem.FieldError(field, "nul-character", message))));
    }
}
