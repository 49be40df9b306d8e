package org.stillwater.fhir.rest;

import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.fhir.Bundles;

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

    /**
     * The Bundle's self link: this request's absolute URL with only the search parameter it applied, {@code patient}.
     * Any other parameter ({@code code}, {@code _since}, {@code _count}, ...) is ignored, as FHIR's lenient search
     * handling allows, and the self link is how a FHIR server tells the client which parameters it used (FHIR R4
     * Search, "Handling Errors"): echoing one it ignored would let a client believe the answer was filtered.
     */
    public static String self(UriInfo uri) {
        String patient = uri.getQueryParameters().getFirst("patient");
        String path = uri.getAbsolutePath().toString();
        return patient == null ? path : path + "?patient=" + URLEncoder.encode(patient, StandardCharsets.UTF_8);
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
