package org.stillwater.checkin.journey;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stillwater.checkin.schedule.CheckInKind;
import org.stillwater.checkin.treatment.TreatmentStatus;

/**
 * A patient's treatment from the approval on: week by week what happened and what is due, the PHQ-9/GAD-7
 * trend against the baseline, where treatment stands and what comes next.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JourneyView(
        UUID patientId,
        String state,
        Instant approvedAt,
        Treatment treatment,
        List<Week> weeks,
        Trend trend,
        List<NextStep> next) {

    /**
     * @param adverseEventHolds adverse events whose hold is still in place (their URGENT check-in is not completed)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Treatment(TreatmentStatus status, List<UUID> adverseEventHolds, Integer doseMgPerSession, Integer strengthMg,
                            int minHoursBetweenSessions, int maxDoseMgPerSession) {
    }

    /** Week n runs from 7(n-1) days after the approval (exclusive; week 1 includes the approval) to 7n days after it. */
    public record Week(int week, Instant startsAt, Instant endsAt, List<Entry> entries) {
    }

    /** One thing that happened (or is due) at {@code at}; {@code refId} is the session, shipment, check-in... it is about. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(Instant at, EntryType type, String summary, UUID refId, Map<String, Object> details) {
    }

    /** The baseline and every measurement since; response and remission of the latest PHQ-9. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Trend(int baselinePhq9, int baselineGad7, List<Measured> measurements, Boolean response, Boolean remission) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Measured(Instant at, UUID checkInId, CheckInKind kind, Integer phq9Total, Integer gad7Total,
                           Integer phq9ChangePercent, Boolean response, Boolean remission) {
    }

    /** Something due or expected next; {@code at} when it has a time. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NextStep(Instant at, String code, String message) {
    }
}
