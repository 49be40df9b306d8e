package org.stillwater.checkin.completion;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.stillwater.checkin.schedule.CheckInView;
import org.stillwater.checkin.treatment.TreatmentStatus;

/**
 * The answer to a completion: the completed check-in, where treatment now stands, the check-ins the completion
 * scheduled (an URGENT one after self-harm thoughts, the next WEEKLY) or cancelled, and crisis resources when
 * PHQ-9 item 9 was above 0.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompletionAnswer(
        CheckInView checkIn,
        TreatmentStatus treatmentStatus,
        List<CheckInView> scheduled,
        List<CheckInView> cancelled,
        CrisisResources crisisResources) {
}
