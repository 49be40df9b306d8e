package org.stillwater.edge.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.Problem;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.messaging.deadletter.DeadLetter;
import org.stillwater.messaging.deadletter.DeadLetterDetail;
import org.stillwater.messaging.deadletter.DeadLetterFilter;
import org.stillwater.messaging.deadletter.DeadLetterReason;
import org.stillwater.messaging.deadletter.DeadLetterStatus;
import org.stillwater.messaging.deadletter.DeadLetters;
import org.stillwater.messaging.deadletter.Replay;
import org.stillwater.messaging.deadletter.ReplayOutcome;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * DESIGN §5 Operations, on every service: this service's dead letters (records its consumers could not handle,
 * read from {@code <service>.dlq} by messaging's DeadLetterFeed) listed, shown, replayed through the inbox, or
 * discarded with a reason. Operators only ({@code ops}); each call is audited like any other, against the patient
 * the dead letter is about. What a dead letter carried is shown only as far as the event contracts carry it.
 */
@Path("/api/v1/dead-letters")
@Tag(name = "dead letters")
@RolesAllowed(Role.OPS_ROLE)
public class DeadLetterResource {

    /** Most dead letters one bulk replay takes: each is handled in the request. */
    public static final int MAX_REPLAY = 100;
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9._-]{1,200}");
    private static final Pattern EVENT_TYPE = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    @Inject
    DeadLetters deadLetters;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @GET
    @Transactional
    @Operation(summary = "This service's dead letters, the most recently failed first, optionally filtered (every filter must hold)")
    public PagedList<DeadLetter> list(
            @QueryParam("status") @Parameter(description = "OPEN, REPLAYED or DISCARDED", schema = @Schema(implementation = DeadLetterStatus.class)) String status,
            @QueryParam("topic") @Parameter(description = "the topic the record was consumed from, e.g. intake.events") String topic,
            @QueryParam("type") @Parameter(description = "the CloudEvents type, e.g. stillwater.EvaluationApproved.v1") String type,
            @QueryParam("patientId") @Parameter(description = "the patient the record is about", schema = @Schema(format = "uuid")) String patientId,
            @QueryParam("reason") @Parameter(description = "CONTRACT_VIOLATION or HANDLER_FAILURE", schema = @Schema(implementation = DeadLetterReason.class)) String reason,
            @BeanParam PageParameters pages) {
        PageRequest paging = pages.request();
        DeadLetterFilter filter = new DeadLetterFilter(
                status == null || status.isEmpty() ? null : enumValue("status", status, DeadLetterStatus.class),
                text("topic", topic, TOPIC), text("type", type, EVENT_TYPE),
                patientId == null || patientId.isEmpty() ? null : Ids.uuid("patientId", patientId),
                reason == null || reason.isEmpty() ? null : enumValue("reason", reason, DeadLetterReason.class));
        List<DeadLetter> letters = deadLetters.list(filter, paging.page(), paging.size());
        audit.patients(letters.stream().map(DeadLetter::patientId).filter(id -> id != null).distinct().toList());
        return paging.of(letters, deadLetters.count(filter));
    }

    @GET
    @Path("/{deadLetterId}")
    @Transactional
    @Operation(summary = "One dead letter: where it came from, why it failed, and its CloudEvents envelope when it meets the event contracts")
    public DeadLetterDetail show(@PathParam("deadLetterId") String deadLetterId) {
        UUID id = Ids.uuid("deadLetterId", deadLetterId);
        DeadLetterDetail detail = deadLetters.detail(id).orElseThrow(() -> ProblemException.notFound("dead letter " + id));
        named(detail.deadLetter());
        return detail;
    }

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
        DeadLetter letter = open(deadLetterId);
        Replay replay = deadLetters.replay(letter, currentCaller.get().name());
        if (replay.outcome() == ReplayOutcome.STILL_FAILING) {
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.type("replay-failed"), "Refused by a rule", 422,
                    "the replay failed again; the dead letter stays open: " + replay.deadLetter().error(),
                    "/api/v1/dead-letters/" + letter.deadLetterId() + "/replay",
                    List.of(new Problem.FieldError("deadLetter", "replay-failed", replay.deadLetter().error())))).build();
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
        List<Replay> replays = deadLetters.replayAll(filter, request.limit() == null ? MAX_REPLAY : request.limit(), currentCaller.get().name());
        audit.patients(replays.stream().map(replay -> replay.deadLetter().patientId()).filter(id -> id != null).distinct().toList());
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
        DeadLetter letter = open(deadLetterId);
        return Response.ok(deadLetters.discard(letter, currentCaller.get().name(), request.reason().strip())).build();
    }

    /** The dead letter, locked, named in the audit trail; 404 when there is none, 409 when it is not open. */
    private DeadLetter open(String deadLetterId) {
        UUID id = Ids.uuid("deadLetterId", deadLetterId);
        DeadLetter letter = deadLetters.locked(id).orElseThrow(() -> ProblemException.notFound("dead letter " + id));
        named(letter);
        if (letter.status() != DeadLetterStatus.OPEN) {
            throw ProblemException.conflict("dead-letter-not-open", "dead letter " + id + " is already " + letter.status(),
                    List.of(new Refusal("status", "dead-letter-not-open", "only an OPEN dead letter can be replayed or discarded")));
        }
        return letter;
    }

    private void named(DeadLetter letter) {
        if (letter.patientId() != null) {
            audit.patient(letter.patientId());
        }
    }

    private static String text(String parameter, String value, Pattern allowed) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!allowed.matcher(value).matches()) {
            throw ProblemException.badRequest(parameter, "invalid-value", parameter + " must match " + allowed.pattern());
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.badRequest(parameter, "invalid-value", parameter + " must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
