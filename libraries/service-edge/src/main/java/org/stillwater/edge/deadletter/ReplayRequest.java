package org.stillwater.edge.deadletter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.stillwater.messaging.deadletter.DeadLetterReason;

/**
 * Which open dead letters to replay at once; every criterion optional ({@code {}} replays the oldest open ones).
 *
 * @param topic     the topic they were consumed from, e.g. {@code intake.events}
 * @param type      their CloudEvents type, e.g. {@code stillwater.EvaluationApproved.v1}
 * @param patientId the patient they are about
 * @param reason    why they were dead-lettered
 * @param limit     at most this many (1 to 100, default 100); the answer says how many stay open
 */
public record ReplayRequest(
        @Size(max = 200) @Pattern(regexp = "[a-z0-9._-]+") String topic,
        @Size(max = 200) @Pattern(regexp = "[A-Za-z0-9._-]+") String type,
        UUID patientId,
        DeadLetterReason reason,
        @Min(1) @Max(DeadLetterResolutionPolicy.MAX_REPLAY) Integer limit) {
}
