package org.stillwater.session.gate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stillwater.session.patient.Patient;

/** Where the patient stands before a session: can one start now and, if not, every reason and when. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DosingStatusView(
        UUID patientId,
        @Schema(description = "true when nothing but the pre-session check's answers stands in the way")
        boolean canStartNow,
        List<BlockReason> reasons,
        @Schema(description = "when every reason that clears by waiting has cleared")
        Instant retryAfter,
        Patient.Treatment treatment,
        List<HoldView> holds,
        boolean onboardingCompleted,
        UUID prescriptionId,
        Integer dosePerSessionMg,
        Integer unitsPerSession,
        int unitsDelivered,
        int unitsOnHand,
        int minHoursBetweenSessions,
        Instant lastSessionAt,
        Instant nextSessionAllowedAt,
        UUID sessionInProgress,
        PreSessionLimits preSessionCheck) {

    /** An active hold: the adverse event that placed it. */
    public record HoldView(UUID adverseEventId, String severity, String category, Instant placedAt) {
    }

    /** What the pre-session check will be judged against when a session starts. */
    public record PreSessionLimits(int bpLimitSystolic, int bpLimitDiastolic, int crisisSystolic, int crisisDiastolic,
                                   boolean sitterRequired, int substanceWindowHours) {
    }
}
