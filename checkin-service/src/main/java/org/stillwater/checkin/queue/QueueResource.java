package org.stillwater.checkin.queue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.checkin.patient.Patient;
import org.stillwater.checkin.schedule.CheckIn;
import org.stillwater.checkin.schedule.CheckInKind;
import org.stillwater.checkin.schedule.CheckInStatus;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.persistence.Counts;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;

@Path("/api/v1")
@Tag(name = "check-ins")
public class QueueResource {

    /** Open check-ins whose window is open, of patients in the clinician's states. */
    private static final String OPEN_IN_STATES = """
            status in :open and (windowOpensAt is null or windowOpensAt <= :now)
            and patientId in (select p.id from Patient p where p.state in :states)""";
    private static final String OVERDUE = " and (status = :missed or dueAt < :now)";
    /** URGENT first, then overdue, then the rest; each by due time. */
    private static final String ORDER = " order by case when kind = :urgent then 0 when status = :missed or dueAt < :now then 1 else 2 end, dueAt, id";

    /** Which open check-ins to list: DUE (every open one whose window is open) or MISSED (only the overdue ones). */
    public enum Filter {
        DUE,
        MISSED
    }

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @GET
    @Path("/checkins")
    @RolesAllowed(Role.CLINICIAN_ROLE)
    @Operation(summary = "Open check-ins of patients in the clinician's licensed states: URGENT first, then overdue (MISSED), then by due time")
    public PagedList<QueueEntry> queue(@QueryParam("status") @DefaultValue("DUE")
                                       @Parameter(description = "DUE or MISSED", schema = @Schema(implementation = Filter.class, defaultValue = "DUE"))
                                       String status,
                                       @BeanParam PageParameters pages) {
        Filter filter = filter(status);
        PageRequest paging = pages.request();
        if (currentCaller.get().licensedStates().isEmpty()) {
            return paging.of(List.of(), 0);
        }
        Instant now = clock.instant();
        String where = filter == Filter.MISSED ? OPEN_IN_STATES + OVERDUE : OPEN_IN_STATES;
        Map<String, Object> parameters = new HashMap<>(Map.of("open", CheckIn.OPEN, "now", now,
                "states", currentCaller.get().licensedStates()));
        if (filter == Filter.MISSED) {
            parameters.put("missed", CheckInStatus.MISSED);
        }
        long total = Counts.count(CheckIn.class, where, parameters);
        Map<String, Object> ordered = new HashMap<>(parameters);
        ordered.put("missed", CheckInStatus.MISSED);
        ordered.put("urgent", CheckInKind.URGENT);
        List<CheckIn> checkIns = CheckIn.<CheckIn>find(where + ORDER, ordered).page(paging.panache()).list();
        Map<UUID, String> states = checkIns.isEmpty() ? Map.of() : Patient.<Patient>list("id in ?1",
                        checkIns.stream().map(checkIn -> checkIn.patientId).distinct().toList())
                .stream().collect(Collectors.toMap(patient -> patient.id, patient -> patient.state));
        List<QueueEntry> items = checkIns.stream().map(checkIn -> QueueEntry.of(checkIn, states.get(checkIn.patientId), now)).toList();
        audit.patients(items.stream().map(QueueEntry::patientId).toList());
        return paging.of(items, total);
    }

    private static Filter filter(String status) {
        try {
            return Filter.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.badRequest("status", "invalid-value", "status is DUE or MISSED");
        }
    }
}
