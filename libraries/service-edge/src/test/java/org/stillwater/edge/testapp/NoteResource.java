package org.stillwater.edge.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.transition.Transitions;

/** A write and a read shaped as the services' are: the resource loads, the rule decides, Transitions stores. */
@Path("/api/v1")
@RolesAllowed(Role.CLINICIAN_ROLE)
public class NoteResource {

    @Inject
    Transitions transitions;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @POST
    @Path("/patients/{patientId}/notes")
    @Transactional
    @Idempotent
    public Response write(@PathParam("patientId") String patientId, @Valid @NotNull NoteRequest request) {
        Note note = Note.of(Ids.uuid("patientId", patientId), request, currentCaller.get().name());
        transitions.apply(note, NotePolicy.decide(request));
        return Response.created(URI.create("/api/v1/notes/" + note.noteId)).entity(note.view()).build();
    }

    @GET
    @Path("/notes/{noteId}")
    @Transactional
    public Note.NoteView read(@PathParam("noteId") String noteId) {
        UUID id = Ids.uuid("noteId", noteId);
        Note note = Note.<Note>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("note " + id));
        audit.patient(note.patientId);
        return note.view();
    }
}
