package org.stillwater.webhook.subscription;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A secret rotation.
 *
 * @param overlapHours how long the secrets it replaces stay valid, 0 (not at all) to 168 hours; absent = 24
 */
public record RotationRequest(@Min(0) @Max(SecretRotationPolicy.MAX_OVERLAP_HOURS) Integer overlapHours) {
}
