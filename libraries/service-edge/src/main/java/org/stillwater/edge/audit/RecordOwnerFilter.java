package org.stillwater.edge.audit;

import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Names in the {@link AuditTrail} the patient whose record the path's id names, when nothing named a patient
 * yet: the request was refused before the resource ran (401, 403) or before it loaded the record (a 400 on the
 * body, a replayed Idempotency-Key). Resources name the patient themselves as soon as they load a record, before
 * they decide who may see it; this is the second line for the answers given before them, and the only one for a
 * request that matched no endpoint (a method or media type the endpoint does not serve). Runs before
 * {@link AuditFilter} (response filters run from the highest priority down).
 */
public class RecordOwnerFilter {

    @Inject
    Instance<RecordOwners> owners;

    @Inject
    AuditTrail trail;

    private record Lookup(UUID id, Function<UUID, Optional<UUID>> ownerOf) {
    }

    @ServerResponseFilter(priority = Priorities.USER + 100)
    public Uni<Void> nameTheRecordsPatient(ContainerRequestContext request, ContainerResponseContext response) {
        if (!AuditFilter.isAudited(request.getUriInfo().getPath()) || owners.isUnsatisfied()) {
            return Uni.createFrom().voidItem();
        }
        Set<UUID> named;
        try {
            named = trail.patients();
        } catch (RuntimeException noRequestContext) {
            return Uni.createFrom().voidItem();
        }
        List<Lookup> lookups = lookups(request.getUriInfo().getPathParameters(), request.getUriInfo().getPath());
        if (!named.isEmpty() || lookups.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // The trail of this request, not its proxy: the lookup may run on another thread, outside the request context.
        AuditTrail thisRequestsTrail = ClientProxy.unwrap(trail);
        if (BlockingOperationControl.isBlockingAllowed()) {
            owners(lookups).forEach(thisRequestsTrail::patient);
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(() -> owners(lookups)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .invoke(patients -> patients.forEach(thisRequestsTrail::patient)).replaceWithVoid();
    }

    /**
     * The record ids to look up: the path parameters that name records. A request that matched no endpoint (a 405,
     * a 406, an unknown route under a record) has none, so each id in its path is looked up as every kind of record
     * of this service: ids are random, so at most one kind finds it.
     */
    private List<Lookup> lookups(MultivaluedMap<String, String> pathParameters, String path) {
        Map<String, Function<UUID, Optional<UUID>>> byParameter = owners.get().byPathParameter();
        List<Lookup> lookups = new ArrayList<>();
        if (pathParameters.isEmpty()) {
            AuditFilter.idsIn(path).forEach(value -> uuid(value)
                    .ifPresent(id -> byParameter.values().forEach(ownerOf -> lookups.add(new Lookup(id, ownerOf)))));
            return lookups;
        }
        pathParameters.forEach((parameter, values) -> {
            Function<UUID, Optional<UUID>> ownerOf = byParameter.get(parameter);
            if (ownerOf != null && !values.isEmpty()) {
                uuid(values.get(0)).ifPresent(id -> lookups.add(new Lookup(id, ownerOf)));
            }
        });
        return lookups;
    }

    private static List<UUID> owners(List<Lookup> lookups) {
        return QuarkusTransaction.requiringNew().call(() -> lookups.stream()
                .flatMap(lookup -> lookup.ownerOf().apply(lookup.id()).stream()).distinct().toList());
    }

    private static Optional<UUID> uuid(String value) {
        try {
            UUID id = UUID.fromString(value);
            return id.toString().equalsIgnoreCase(value) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
