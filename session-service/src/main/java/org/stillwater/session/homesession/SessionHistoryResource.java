package org.stillwater.session.homesession;

import io.quarkus.panache.common.Sort;
import io.quarkus.panache.common.Sort.Direction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.Role;
import org.stillwater.session.patient.Patient;
import org.stillwater.session.patient.Patients;

/** Reading sessions and blocked attempts, with their journals: the patient's own, their partner's and clinicians'. */
@Path("/api/v1")
@Tag(name = "sessions")
@RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
public class SessionHistoryResource {

    @Inject
    Patients patients;

    @Inject
    SessionSettings settings;

    @Inject
    HomeSessions sessions;

    @GET
    @Path("/patients/{patientId}/sessions")
    @Operation(summary = "The patient's sessions and blocked attempts with their journals, newest first (size 1-100)")
    public PagedList<SessionView> history(@PathParam("patientId") String patientId,
                                          @BeanParam PageParameters pages) {
        PageRequest paging = pages.request();
        Patient patient = patients.visible(Ids.uuid("patientId", patientId));
        return paging.of(HomeSession.<HomeSession>find("patientId", Sort.by("attemptedAt", Direction.Descending).and("id"), patient.id),
                this::view);
    }

    @GET
    @Path("/sessions/{sessionId}")
    @Operation(summary = "A session or blocked attempt, with its journal")
    public SessionView get(@PathParam("sessionId") String sessionId) {
        return view(sessions.visible(Ids.uuid("sessionId", sessionId)));
    }

    private SessionView view(HomeSession session) {
        return SessionView.of(session, settings.abandonAfter());
    }
}
