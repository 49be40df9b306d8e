package org.stillwater.edge.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.problem.ProblemMappers;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.messaging.deadletter.DeadLetter;
import org.stillwater.messaging.deadletter.DeadLetterFilter;
import org.stillwater.messaging.deadletter.DeadLetterStatus;
import org.stillwater.messaging.deadletter.DeadLetters;
import org.stillwater.messaging.deadletter.Replay;
import org.stillwater.messaging.deadletter.ReplayOutcome;
import org.stillwater.regulatory.refusal.Refused;

/**
 * DESIGN §5 Operations, on every service: an operator resolves this service's dead letters (listed by
 * {@link DeadLetterResource}), replaying them through the inbox or discarding them with a reason; only an open one
 * ({@link DeadLetterResolutionPolicy}). Operators only ({@code ops}); each call takes an Idempotency-Key and is audited
 * against the patient the dead letter is about.
 */
@Path("/api/v1/dead-letters")
@Tag(name = "dead letters")
@RolesAllowed(Role.OPS_ROLE)
public class DeadLetterResolutionResource {

    @Inject
    DeadLetters deadLetters;

    @Inject
    DeadLetterLookup lookup;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @POST
    @Path("/{deadLetterId}/replay")
    @Transactional
    @Idempotent
    @Operation(summary = "Replay an open dead letter through the inbox, as if consumed again; an event handled before changes nothing")
    @APIResponse(responseCode = "200", description = "replayed: HANDLED, ALREADY_HANDLED or NOT_HANDLED_HERE; the dead letter is REPLAYED",
            content = @Content(schema = @Schema(implementation = Replay.class)))
    @APIResponse(responseCode = "409", description = "the dead letter was already replayed or discarded")
    @APIResponse(responseCode = "422", description = "the replay failed again: the dead letter stays OPEN with the new error and one more attempt")
    public Response replay(@PathParam("deadLetterId") String deadLetterId) {
        DeadLetter letter = lookup.open(deadLetterId);
        Replay replay = deadLetters.replay(letter, currentCaller.get().name());
        if (replay.outcome() == ReplayOutcome.STILL_FAILING) {
            Refused failedAgain = DeadLetterResolutionPolicy.replayFailedAgain(replay.deadLetter());
            return ProblemMappers.respond(ProblemException.of(failedAgain).toProblem("/api/v1/dead-letters/" + letter.deadLetterId() + "/replay"));
        }
        return Response.ok(replay).build();
    }

    @POST
    @Path("/replay")
    @Transactional
    @Idempotent
    @Operation(summary = "Replay the open dead letters that match a filter, oldest first (each topic partition in its order), at most 100 at a time")
    public BulkReplay replayMatching(@Valid @NotNull ReplayRequest request) {
        DeadLetterFilter filter = new DeadLetterFilter(DeadLetterStatus.OPEN, request.topic(), request.type(), request.patientId(), request.reason());
        int limit = request.limit() == null ? DeadLetterResolutionPolicy.MAX_REPLAY : request.limit();
        List<Replay> replays = deadLetters.replayAll(filter, limit, currentCaller.get().name());
        audit.patients(replays.stream().map(replay -> replay.deadLetter().patientId()).filter(Objects::nonNull).distinct().toList());
        return new BulkReplay(replays, deadLetters.count(filter));
    }

    @POST
    @Path("/{deadLetterId}/discard")
    @Transactional
    @Idempotent
    @Operation(summary = "Close an open dead letter without replaying it, with the operator's reason")
    @APIResponse(responseCode = "200", description = "the dead letter, now DISCARDED", content = @Content(schema = @Schema(implementation = DeadLetter.class)))
    @APIResponse(responseCode = "409", description = "the dead letter was already replayed or discarded")
    public Response discard(@PathParam("deadLetterId") String deadLetterId, @Valid @NotNull DiscardRequest request) {
        DeadLetter letter = lookup.open(deadLetterId);
        return Response.ok(deadLetters.discard(letter, currentCaller.get().name(), request.reason().strip())).build();
    }
}
