package org.stillwater.contracts.intake;

import jakarta.annotation.Nullable;

/**
 * Where a pharmacy ships the patient's fills. It travels in {@code EvaluationApproved} and
 * {@code ShipmentRequested} only because the dispensing pharmacy needs it; no other event carries it.
 */
public record ShippingAddress(
        String recipientName,
        String line1,
        @Nullable String line2,
        String city,
        String state,
        String postalCode) {
}
