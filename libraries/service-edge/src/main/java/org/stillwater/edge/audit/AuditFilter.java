package org.stillwater.edge.audit;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.stillwater.edge.problem.Problem;
import org.stillwater.edge.security.Role;

/**
 * HIPAA audit control: every request to {@code /api/} or {@code /fhir/} leaves one audit row (who, role,
 * patient, action, resource, outcome), whatever its answer. The patient comes from the {@code patientId} path
 * parameter, a FHIR search's {@code patient} query parameter, or from {@link AuditTrail}. A write that commits has its row already, written in its own transaction by
 * {@link AuditedWrite}; this filter writes the row of every other answer (reads, refusals, failures, a write
 * rolled back at commit), in a transaction of its own.
 *
 * <p>This filter must never fail, or the framework would map its failure to an answer and run the response
 * filters again, this one included, endlessly. So: a caller whose token failed authentication (malformed,
 * forged, expired, foreign) is audited as {@code anonymous}, since nothing in such a token can be trusted; a
 * request is audited once per answer it gets; and when the row cannot be written, the answer becomes a 503
 * problem+json (logged once): what was asked must not be answered without its audit row.
 */
public class AuditFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class);
    private static final String AUDITED_STATUS = "stillwater.audited-status";
    private static final String UUID_TEXT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern UUID_IN_PATH = Pattern.compile("(?<=/)" + UUID_TEXT + "(?=/|$)");
    private static final Pattern PATIENT_IN_PATH = Pattern.compile("/(?:patients|Patient)/(" + UUID_TEXT + ")(?=/|$)");

    @Inject
    AuditLog auditLog;

    @Inject
    AuditTrail trail;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerResponseFilter
    public Uni<Void> audit(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        int status = response.getStatus();
        if (!isAudited(path) || Integer.valueOf(status).equals(request.getProperty(AUDITED_STATUS))) {
            return Uni.createFrom().voidItem();
        }
        request.setProperty(AUDITED_STATUS, status);
        String correlationId = CorrelationId.of(request);
        Set<UUID> patients = patients(request, trail);
        String action = action(request);
        return Uni.createFrom().deferred(identities::getDeferredIdentity)
                .onFailure().recoverWithNull()
                .map(identity -> records(identity, patients, correlationId, action, path, status))
                .chain(records -> write(records, response, correlationId));
    }

    /** The paths that reach patient data: the REST API and the FHIR R4 read API. */
    public static boolean isAudited(String path) {
        return path.startsWith("/api/") || path.startsWith("/fhir/");
    }

    static List<AuditRecord> records(SecurityIdentity identity, Set<UUID> patients, String correlationId, String action,
                                     String path, int status) {
        boolean known = identity != null && !identity.isAnonymous();
        String actor = known ? identity.getPrincipal().getName() : AuditRecord.ANONYMOUS;
        String role = known ? roleOf(identity) : null;
        return (patients.isEmpty() ? Collections.<UUID>singleton(null) : patients).stream()
                .map(patient -> new AuditRecord(correlationId, actor, role, patient, action, path, status, AuditRecord.outcome(status)))
                .toList();
    }

    /** Written on a worker thread when this runs on the event loop; a failure turns the answer into a 503. */
    private Uni<Void> write(List<AuditRecord> records, ContainerResponseContext response, String correlationId) {
        if (BlockingOperationControl.isBlockingAllowed()) {
            try {
                auditLog.append(records);
            } catch (RuntimeException failed) {
                unavailable(response, records.get(0), failed);
            }
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(records).emitOn(Infrastructure.getDefaultWorkerPool())
                .invoke(auditLog::append).replaceWithVoid()
                .onFailure().recoverWithUni(failed -> {
                    unavailable(response, records.get(0), failed);
                    return Uni.createFrom().voidItem();
                });
    }

    private static void unavailable(ContainerResponseContext response, AuditRecord record, Throwable failed) {
        LOG.errorf("audit row of %s (answer %d, correlation id %s) could not be written, answered 503 instead: %s",
                record.action(), record.status(), record.correlationId(), rootCause(failed));
        response.setStatus(503);
        response.getHeaders().remove(HttpHeaders.LOCATION);
        response.getHeaders().putSingle("Retry-After", "5");
        response.setEntity(new Problem(Problem.type("audit-unavailable"), "Service unavailable", 503,
                        "the request could not be recorded in the audit trail, so it is not answered; try again shortly",
                        record.resource(), List.of()),
                new Annotation[0], MediaType.valueOf(Problem.MEDIA_TYPE));
    }

    private static String rootCause(Throwable failed) {
        Throwable cause = failed;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /**
     * The patients a request is about: its {@code patientId} path parameter, and whom the resources named. A request
     * that matched no endpoint (405 for a method, 406 for a media type, 404 for a route such as
     * {@code /fhir/r4/Patient/{id}/_history}) has no path parameters: the id after {@code /patients/} or
     * {@code /Patient/} in its path names the patient, so a refused attempt on a patient's record is found by patient.
     */
    static Set<UUID> patients(ContainerRequestContext request, AuditTrail trail) {
        Set<UUID> patients = new LinkedHashSet<>();
        patientNamed(request.getUriInfo().getPathParameters().getFirst("patientId")).ifPresent(patients::add);
        if (request.getUriInfo().getPathParameters().isEmpty()) {
            Matcher patientInPath = PATIENT_IN_PATH.matcher(request.getUriInfo().getPath());
            while (patientInPath.find()) {
                patientNamed(patientInPath.group(1)).ifPresent(patients::add);
            }
        }
        String searched = request.getUriInfo().getQueryParameters().getFirst("patient");
        if (searched != null && request.getUriInfo().getPath().startsWith("/fhir/")) {
            patientNamed(searched.startsWith("Patient/") ? searched.substring("Patient/".length()) : searched).ifPresent(patients::add);
        }
        try {
            patients.addAll(trail.patients());
        } catch (RuntimeException noRequestContext) {
            // a request that failed before its context started named no patient
        }
        return patients;
    }

    /** Marks the request audited with this answer: the response filter writes no second row for the same status. */
    static void audited(ContainerRequestContext request, int status) {
        request.setProperty(AUDITED_STATUS, status);
    }

    /** Audited without a patient when the request named none that can exist. */
    private static Optional<UUID> patientNamed(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    static String action(ContainerRequestContext request) {
        return request.getMethod() + " " + template(request.getUriInfo().getPath());
    }

    /** The action as a route: the path with its ids generalised, e.g. {@code GET /api/v1/patients/{id}/sessions}. */
    static String template(String path) {
        return UUID_IN_PATH.matcher(path).replaceAll("{id}");
    }

    /** Every id in a path, in order, e.g. both of {@code /api/v1/patients/{id}/sessions/{id}}. */
    static List<String> idsIn(String path) {
        return UUID_IN_PATH.matcher(path).results().map(MatchResult::group).toList();
    }

    private static String roleOf(SecurityIdentity identity) {
        for (Role role : Role.values()) {
            if (identity.hasRole(role.realmRole())) {
                return role.realmRole();
            }
        }
        return null;
    }
}
