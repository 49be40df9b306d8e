package org.stillwater.contracts.session;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.stillwater.contracts.EventData;

/**
 * The safety gate refused a session, with every reason code. {@code urgentEscalation} is true when a
 * reading at or above the crisis limit (180/110) needs an URGENT check-in.
 */
public record SessionBlocked(
        UUID attemptId,
        UUID patientId,
        List<String> reasonCodes,
        @Nullable Instant retryAfter,
        boolean urgentEscalation,
        Instant blockedAt) implements EventData {
}
