package org.stillwater.fhir.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.PatientAccess;
import org.stillwater.edge.security.PatientScope;

/**
 * How every service answers a FHIR read: one record by id, shown only to a caller who may see its patient through
 * {@code /api/v1} ({@link PatientAccess}, DESIGN §3), and a search as a searchset Bundle.
 */
@ApplicationScoped
public class FhirReads {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    /**
     * The record a read by id names ({@code GET /fhir/r4/{type}/{id}}), if the caller may see its patient; else a 404
     * OperationOutcome "{type} {id}" that does not tell a missing record from another patient's, so existence is never
     * revealed. The record's patient is named in the audit trail before the decision, so a refused read is audited too.
     *
     * @param type         the FHIR resource type, as the 404 names it (e.g. {@code MedicationRequest})
     * @param id           the id read
     * @param found        the record with that id, or null
     * @param patientOf    the patient the record is about
     * @param patientScope who may see that patient, from the service's own patient record; null when it holds none
     *                     (or holds one it shows to nobody, such as a patient not approved)
     * @throws ProblemException 404 as above
     */
    public <R> R read(String type, UUID id, R found, Function<? super R, UUID> patientOf, Function<UUID, PatientScope> patientScope) {
        return read(type, id, found, patientOf, patientScope, record -> true);
    }

    /**
     * As {@link #read(String, UUID, Object, Function, Function)}, for a type that shows only some of its records: one
     * that is not {@code shown} (e.g. a fill not yet handed over, as a MedicationDispense) is a 404 as well.
     */
    public <R> R read(String type, UUID id, R found, Function<? super R, UUID> patientOf, Function<UUID, PatientScope> patientScope,
                      Predicate<? super R> shown) {
        if (found == null || !visible(patientOf.apply(found), patientScope) || !shown.test(found)) {
            throw ProblemException.notFound(type + " " + id);
        }
        return found;
    }

    /** The answer to a search made by {@code uri}: a searchset Bundle of what was found, in order, as of now. */
    public Response search(UriInfo uri, Stream<? extends Resource> found) {
        return Response.ok(searchSet(uri, found.toList())).build();
    }

    /** The searchset Bundle of what a search made by {@code uri} found, in order, as of now; for an operation that adds to it. */
    public Bundle searchSet(UriInfo uri, List<? extends Resource> found) {
        return FhirRequests.searchSet(uri, clock.instant(), found);
    }

    private boolean visible(UUID patientId, Function<UUID, PatientScope> patientScope) {
        audit.patient(patientId);
        PatientScope patient = patientScope.apply(patientId);
        return patient != null && PatientAccess.maySee(currentCaller.get(), patient);
    }
}
