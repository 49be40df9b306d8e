package org.stillwater.edge.audit;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
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
    SecurityIdentity identity;

    @ServerResponseFilter
    public Uni<Void> audit(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        AuditRecord record = new AuditRecord(
                CorrelationId.of(request),
                identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(),
                identity.isAnonymous() ? null : roleOf(identity),
                patient(request),
                request.getMethod() + " " + template(path),
                path,
                response.getStatus(),
                AuditRecord.outcome(response.getStatus()));
        if (BlockingOperationControl.isBlockingAllowed()) {
            auditLog.append(record);
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(record).emitOn(Infrastructure.getDefaultWorkerPool())
                .invoke(auditLog::append).replaceWithVoid();
    }

    private UUID patient(ContainerRequestContext request) {
        String fromPath = request.getUriInfo().getPathParameters().getFirst("patientId");
        if (fromPath != null) {
            try {
                return UUID.fromString(fromPath);
            } catch (IllegalArgumentException notAUuid) {
                return null;
            }
        }
        try {
            return trail.patientId();
        } catch (RuntimeException noRequestContext) {
            return null;
        }
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
