package org.stillwater.edge.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.security.Role;
import org.stillwater.messaging.deadletter.DeadLetter;
import org.stillwater.messaging.deadletter.DeadLetterDetail;
import org.stillwater.messaging.deadletter.DeadLetterFilter;
import org.stillwater.messaging.deadletter.DeadLetters;

/**
 * DESIGN §5 Operations, on every service: this service's dead letters (records its consumers could not handle,
 * read from {@code <service>.dlq} by messaging's DeadLetterFeed) listed and shown; {@link DeadLetterResolutionResource}
 * replays or discards them. Operators only ({@code ops}); each call is audited like any other, against the patient
 * the dead letter is about. What a dead letter carried is shown only as far as the event contracts carry it.
 */
@Path("/api/v1/dead-letters")
@Tag(name = "dead letters")
@RolesAllowed(Role.OPS_ROLE)
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    @Inject
    DeadLetterLookup lookup;

    @Inject
    AuditTrail audit;

    @GET
    @Transactional
    @Operation(summary = "This service's dead letters, the most recently failed first, optionally filtered (every filter must hold)")
    public PagedList<DeadLetter> list(@BeanParam DeadLetterQuery query, @BeanParam PageParameters pages) {
        PageRequest paging = pages.request();
        DeadLetterFilter filter = query.filter();
        List<DeadLetter> letters = deadLetters.list(filter, paging.page(), paging.size());
        audit.patients(letters.stream().map(DeadLetter::patientId).filter(Objects::nonNull).distinct().toList());
        return paging.of(letters, deadLetters.count(filter));
    }

    @GET
    @Path("/{deadLetterId}")
    @Transactional
    @Operation(summary = "One dead letter: where it came from, why it failed, and its CloudEvents envelope when it meets the event contracts")
    public DeadLetterDetail show(@PathParam("deadLetterId") String deadLetterId) {
        return lookup.detail(deadLetterId);
    }
}
