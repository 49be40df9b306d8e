package org.stillwater.checkin.queue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.checkin.schedule.CheckIn;
import org.stillwater.checkin.schedule.CheckInKind;
import org.stillwater.checkin.schedule.CheckInStatus;
import org.stillwater.checkin.schedule.Trigger;

/** An open check-in in a clinician's queue. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueueEntry(
        UUID checkInId,
        UUID patientId,
        String patientState,
        CheckInKind kind,
        Trigger trigger,
        CheckInStatus status,
        boolean overdue,
        Instant windowOpensAt,
        Instant dueAt,
        Instant scheduledAt,
        UUID holdAdverseEventId) {

    static QueueEntry of(CheckIn checkIn, String patientState, Instant now) {
        return new QueueEntry(checkIn.id, checkIn.patientId, patientState, checkIn.kind, checkIn.trigger, checkIn.status,
                checkIn.isOverdue(now), checkIn.windowOpensAt, checkIn.dueAt, checkIn.scheduledAt, checkIn.holdAdverseEventId);
    }
}
