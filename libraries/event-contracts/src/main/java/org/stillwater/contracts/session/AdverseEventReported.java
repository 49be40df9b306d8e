package org.stillwater.contracts.session;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.EventData;

/**
 * An adverse event. Severity MILD, MODERATE, SEVERE or LIFE_THREATENING; {@code holdPlaced} is true for
 * SEVERE and worse: sessions and fills stop until the URGENT check-in's outcome lifts the hold.
 */
public record AdverseEventReported(
        UUID adverseEventId,
        UUID patientId,
        @Nullable UUID sessionId,
        String severity,
        String category,
        boolean holdPlaced,
        Instant reportedAt) implements EventData {
}
