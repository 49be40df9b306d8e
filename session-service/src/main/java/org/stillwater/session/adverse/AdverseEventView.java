package org.stillwater.session.adverse;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** An adverse event as the API shows it; what happens next when it placed a hold. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdverseEventView(
        UUID adverseEventId,
        UUID patientId,
        UUID sessionId,
        Severity severity,
        AdverseEventCategory category,
        String description,
        boolean holdPlaced,
        Instant reportedAt,
        String reportedBy,
        String whatHappensNext) {

    static final String HOLD_PLACED = "Sessions are on hold from now on. A clinician will hold an URGENT check-in within 24 hours;"
            + " only its outcome lifts the hold. In an emergency call 911; with thoughts of self-harm call or text 988.";

    static AdverseEventView of(AdverseEvent event) {
        return new AdverseEventView(event.id, event.patientId, event.sessionId, event.severity, event.category, event.description,
                event.holdPlaced, event.reportedAt, event.reportedBy, event.holdPlaced ? HOLD_PLACED : null);
    }
}
