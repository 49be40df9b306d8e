package org.stillwater.edge.audit;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.stillwater.edge.security.Role;

/**
 * HIPAA audit control: every request to {@code /api/} leaves one audit row (who, role, patient, action,
 * resource, outcome), whatever its answer. The patient comes from the {@code patientId} path parameter or
 * from {@link AuditTrail}.
 */
public class AuditFilter {

    private static final Pattern UUID_IN_PATH = Pattern.compile(
            "(?<=/)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?=/|$)");

    @Inject
    AuditLog auditLog;

    @Inject
    AuditTrail trail;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerResponseFilter
    public Uni<Void> audit(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        String correlationId = CorrelationId.of(request);
        Set<UUID> patients = patients(request);
        String action = request.getMethod() + " " + template(path);
        int status = response.getStatus();
        // The identity may not be resolved yet (lazy authentication) and this may run on the IO thread.
        return identities.getDeferredIdentity().onItem().transformToUni(identity -> {
            String actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
            String role = identity.isAnonymous() ? null : roleOf(identity);
            List<AuditRecord> records = (patients.isEmpty() ? java.util.Collections.<UUID>singleton(null) : patients).stream()
                    .map(patient -> new AuditRecord(correlationId, actor, role, patient, action, path, status, AuditRecord.outcome(status)))
                    .toList();
            if (BlockingOperationControl.isBlockingAllowed()) {
                auditLog.append(records);
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().item(records).emitOn(Infrastructure.getDefaultWorkerPool())
                    .invoke(auditLog::append).replaceWithVoid();
        });
    }

    private Set<UUID> patients(ContainerRequestContext request) {
        Set<UUID> patients = new java.util.LinkedHashSet<>();
        String fromPath = request.getUriInfo().getPathParameters().getFirst("patientId");
        if (fromPath != null) {
            try {
                patients.add(UUID.fromString(fromPath));
            } catch (IllegalArgumentException notAUuid) {
                // audited without a patient: the request named none that exists
            }
        }
        try {
            patients.addAll(trail.patients());
        } catch (RuntimeException noRequestContext) {
            // a request that failed before its context started named no patient
        }
        return patients;
    }

    /** The action as a route: the path with its ids generalised, e.g. {@code GET /api/v1/patients/{id}/sessions}. */
    static String template(String path) {
        return UUID_IN_PATH.matcher(path).replaceAll("{id}");
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
