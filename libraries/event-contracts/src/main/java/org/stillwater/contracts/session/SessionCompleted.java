package org.stillwater.contracts.session;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.stillwater.contracts.BloodPressure;
import org.stillwater.contracts.EventData;

/**
 * A session ended: COMPLETED by the patient, or ABANDONED (not completed within 6 hours; units count if
 * they were logged). Carries the numbers, never the journal.
 */
public record SessionCompleted(
        UUID sessionId,
        UUID patientId,
        UUID prescriptionId,
        int sessionNumber,
        String status,
        int doseMg,
        int unitsUsed,
        @Nullable Integer onsetMinutes,
        @Nullable Integer durationMinutes,
        @Nullable Integer intensity,
        List<String> sideEffects,
        @Nullable BloodPressure bloodPressureAfter,
        @Nullable Integer moodBefore,
        @Nullable Integer moodAfter,
        Instant startedAt,
        Instant completedAt) implements EventData {
}
