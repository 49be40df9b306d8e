package org.stillwater.prescription.shipment;

import jakarta.validation.constraints.NotNull;

/** The fill did not reach the patient. */
public record FailureRequest(@NotNull FailureReason reason) {
}
