package org.stillwater.fhir.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.stillwater.edge.problem.Problem;
import org.stillwater.edge.problem.ProblemMappers;

/**
 * The formats {@code /fhir/r4} serves: FHIR R4 in JSON. FHIR's {@code _format} parameter overrides the Accept header
 * (FHIR R4 RESTful API, "Content Types and encodings"), so a {@code _format} other than JSON, or a {@code fhirVersion}
 * media type parameter other than R4's 4.0, is a 406 (an OperationOutcome), never a 200 in a format the client did
 * not ask for. Checked once the caller is authenticated, like every other refusal.
 */
public class FhirFormat {

    private static final Set<String> JSON = Set.of("json", MediaType.APPLICATION_JSON, "application/fhir+json", "text/json");

    @ServerRequestFilter
    public Response refuseOtherFormats(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith(FhirRequests.BASE_PATH + "/")) {
            return null;
        }
        String format = request.getUriInfo().getQueryParameters().getFirst("_format");
        if (format != null && !isR4Json(format)) {
            return notAcceptable(request, "_format", "only FHIR R4 JSON is served: _format=json or application/fhir+json");
        }
        for (MediaType accepted : request.getAcceptableMediaTypes()) {
            String version = accepted.getParameters().get("fhirVersion");
            if (version != null && !isR4(version)) {
                return notAcceptable(request, "Accept", "only FHIR R4 is served: fhirVersion=4.0");
            }
        }
        return null;
    }

    private static boolean isR4Json(String format) {
        String written = format.strip();
        if (JSON.contains(written)) {
            return true;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(written);
        } catch (IllegalArgumentException notAMediaType) {
            return false;
        }
        String version = type.getParameters().get("fhirVersion");
        return JSON.contains(type.getType() + "/" + type.getSubtype()) && (version == null || isR4(version));
    }

    private static boolean isR4(String fhirVersion) {
        return fhirVersion.equals("4.0") || fhirVersion.startsWith("4.0.");
    }

    private static Response notAcceptable(ContainerRequestContext request, String field, String message) {
        return ProblemMappers.respond(new Problem(Problem.type("not-acceptable"), "Not Acceptable", 406, message,
                request.getUriInfo().getPath(), List.of(new Problem.FieldError(field, "not-acceptable", message))));
    }
}
