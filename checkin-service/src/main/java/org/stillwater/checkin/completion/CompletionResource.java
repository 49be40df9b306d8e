package org.stillwater.checkin.completion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.checkin.schedule.CheckIn;
import org.stillwater.checkin.schedule.CheckIns;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;

@Path("/api/v1")
@Tag(name = "check-ins")
public class CompletionResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CheckIns checkIns;

    @Inject
    CheckInCompletions completions;

    @POST
    @Path("/checkins/{checkInId}/completion")
    @RolesAllowed(Role.CLINICIAN_ROLE)
    @Transactional
    @Idempotent
    @Operation(summary = "Complete a check-in (clinician licensed in the patient's state): PHQ-9, GAD-7, notes and the outcome")
    @APIResponse(responseCode = "201", description = "the completed check-in, the treatment status after it and the check-ins it scheduled or cancelled", content = @Content(schema = @Schema(implementation = CompletionAnswer.class)))
    public Response complete(@PathParam("checkInId") String checkInId, @Valid @NotNull CompletionRequest request) {
        CheckIn checkIn = checkIns.visible(Ids.uuid("checkInId", checkInId));
        CompletionAnswer answer = completions.complete(checkIn, request, currentCaller.get());
        return Response.created(URI.create("/api/v1/checkins/" + checkIn.id)).entity(answer).build();
    }
}
