package org.stillwater.contracts.checkin;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.EventData;

/**
 * A clinician completed a check-in with outcome CONTINUE, ADJUST, PAUSE, RESUME or DISCONTINUE.
 * {@code liftsAdverseEventHold} names the adverse event whose hold this URGENT check-in lifts, if any:
 * only that lifts an adverse-event hold.
 */
public record CheckInCompleted(
        UUID checkInId,
        UUID patientId,
        String kind,
        String outcome,
        String clinicianId,
        @Nullable Integer phq9Total,
        @Nullable Integer gad7Total,
        @Nullable Boolean response,
        @Nullable Boolean remission,
        @Nullable UUID liftsAdverseEventHold,
        Instant completedAt) implements EventData {
}
