package org.stillwater.intake.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.intake.screening.FlagCode;

/** A clinician's evaluation of an intake. */
public record EvaluationRequest(
        @NotNull Decision decision,
        @NotNull @Schema(description = "VIDEO or IN_PERSON; AUDIO_ONLY is refused for a controlled substance") Modality modality,
        @Schema(description = "every RELATIVE flag of the screening, acknowledged by its code, to approve")
        @Size(max = 20) List<@NotNull FlagCode> acknowledgedFlags,
        @Valid @Schema(description = "unset values take the configured defaults") ProtocolRequest protocol,
        @Schema(description = "the date of an in-person evaluation on record; needed for approval after the DEA telemedicine flexibility ends; not before the patient's birth date nor after today in their state (422)")
        LocalDate inPersonEvaluationOn,
        @Size(max = 10) @Schema(description = "at least one, to reject") List<@NotNull RejectionReason> rejectionReasons,
        @Size(max = 4000) String notes) {

    public List<FlagCode> acknowledged() {
        return acknowledgedFlags == null ? List.of() : acknowledgedFlags;
    }

    public List<RejectionReason> reasons() {
        return rejectionReasons == null ? List.of() : rejectionReasons;
    }

    /** The protocol asked for, each unset value taken from the configured defaults. */
    public Protocol protocolOrDefaults(ProtocolDefaults defaults) {
        ProtocolRequest asked = protocol == null ? new ProtocolRequest(null, null, null, null, null) : protocol;
        return new Protocol(
                asked.maxDoseMgPerSession() != null ? asked.maxDoseMgPerSession() : defaults.maxDoseMgPerSession(),
                asked.minHoursBetweenSessions() != null ? asked.minHoursBetweenSessions() : defaults.minHoursBetweenSessions(),
                asked.sitterRequired() != null ? asked.sitterRequired() : defaults.sitterRequired(),
                asked.bpLimitSystolic() != null ? asked.bpLimitSystolic() : defaults.bpLimitSystolic(),
                asked.bpLimitDiastolic() != null ? asked.bpLimitDiastolic() : defaults.bpLimitDiastolic());
    }

    /** Limits a clinician may set: the blood pressure limits stay below the 160/100 contraindication. */
    public record ProtocolRequest(
            @Min(25) @Max(800) Integer maxDoseMgPerSession,
            @Min(24) @Max(720) Integer minHoursBetweenSessions,
            Boolean sitterRequired,
            @Min(90) @Max(159) Integer bpLimitSystolic,
            @Min(50) @Max(99) Integer bpLimitDiastolic) {
    }
}
