package org.stillwater.contracts.checkin;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.EventData;

/**
 * A virtual check-in is due. Kind ONBOARDING, INTEGRATION, WEEKLY, URGENT or FOLLOW_UP; {@code trigger}
 * names what caused it (e.g. EVALUATION_APPROVED, SESSION_1_COMPLETED, ADVERSE_EVENT, PATIENT_REQUEST).
 */
public record CheckInScheduled(
        UUID checkInId,
        UUID patientId,
        String kind,
        String trigger,
        @Nullable Instant windowOpensAt,
        Instant dueAt,
        Instant scheduledAt) implements EventData {
}
