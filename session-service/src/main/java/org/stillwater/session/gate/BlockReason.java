package org.stillwater.session.gate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One reason the gate refuses a session.
 *
 * @param code       stable, UPPER_SNAKE_CASE
 * @param message    for the patient
 * @param retryAfter when waiting clears this reason, if waiting does; null when it takes an action instead
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BlockReason(ReasonCode code, String message, Instant retryAfter) {
}
