package org.stillwater.prescription.prescribing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A clinician's cancellation of a prescription, with the written reason kept on it. */
public record CancellationRequest(@NotBlank @Size(max = 1000) String reason) {
}
