package org.stillwater.fhir.rest;

import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.stillwater.fhir.Bundles;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;

/** What every {@code /fhir/r4} resource reads from a request: its base URL and the patient a search is about. */
public final class FhirRequests {

    /** The path every service serves FHIR R4 under. */
    public static final String BASE_PATH = "/fhir/r4";

    private FhirRequests() {
    }

    /** The absolute FHIR base of this service as the caller reached it, e.g. {@code http://127.0.0.1:8082/fhir/r4}. */
    public static String base(UriInfo uri) {
        String root = uri.getBaseUri().toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + BASE_PATH;
    }

    /** The absolute URL of this request, for a Bundle's self link. */
    public static String self(UriInfo uri) {
        return uri.getRequestUri().toString();
    }

    /** The answer to a search made by this request: a searchset Bundle of what was found, in order, as of {@code at}. */
    public static Bundle searchSet(UriInfo uri, Instant at, List<? extends Resource> found) {
        return Bundles.searchSet(base(uri), self(uri), at, found);
    }

    /**
     * The patient of a search ({@code ?patient=Patient/{id}} or {@code ?patient={id}}): required, since nothing is
     * listed across patients; a malformed id is a 400 naming the parameter.
     */
    public static UUID patient(String patient) {
        if (patient == null || patient.isBlank()) {
            throw ProblemException.badRequest("patient", "required", "a search names the patient: ?patient=Patient/{id}");
        }
        String id = patient.startsWith("Patient/") ? patient.substring("Patient/".length()) : patient;
        return Ids.uuid("patient", id);
    }
}
