package org.stillwater.checkin.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.checkin.treatment.Outcome;

/**
 * A check-in as the API shows it. The clinician's notes and rationale are shown to clinicians only; the
 * patient's own request reason to everyone who may see the patient.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckInView(
        UUID checkInId,
        UUID patientId,
        CheckInKind kind,
        Trigger trigger,
        CheckInStatus status,
        boolean overdue,
        Instant windowOpensAt,
        Instant dueAt,
        Instant scheduledAt,
        UUID holdAdverseEventId,
        String requestedBy,
        String requestReason,
        Instant missedAt,
        Instant cancelledAt,
        String cancelReason,
        Completion completion) {

    /** What the clinician recorded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Completion(
            Instant completedAt,
            String clinicianId,
            Outcome outcome,
            Integer phq9Total,
            String phq9Severity,
            Integer gad7Total,
            String gad7Severity,
            Integer baselinePhq9,
            Integer phq9ChangePercent,
            Boolean response,
            Boolean remission,
            Integer doseMgPerSession,
            Integer minHoursBetweenSessions,
            UUID liftsAdverseEventHold,
            String notes,
            String rationale) {
    }

    public static CheckInView of(CheckIn checkIn, Instant now, boolean forClinician) {
        Completion completion = checkIn.status != CheckInStatus.COMPLETED ? null : new Completion(checkIn.completedAt,
                checkIn.clinicianId, checkIn.outcome, checkIn.phq9Total, checkIn.phq9Severity, checkIn.gad7Total,
                checkIn.gad7Severity, checkIn.baselinePhq9, checkIn.phq9ChangePercent, checkIn.response, checkIn.remission,
                checkIn.doseMgPerSession, checkIn.minHoursBetweenSessions, checkIn.liftsAdverseEventHold,
                forClinician ? checkIn.notes : null, forClinician ? checkIn.rationale : null);
        return new CheckInView(checkIn.id, checkIn.patientId, checkIn.kind, checkIn.trigger, checkIn.status,
                checkIn.isOverdue(now), checkIn.windowOpensAt, checkIn.dueAt, checkIn.scheduledAt, checkIn.holdAdverseEventId,
                checkIn.requestedBy, checkIn.requestReason, checkIn.missedAt, checkIn.cancelledAt, checkIn.cancelReason, completion);
    }
}
