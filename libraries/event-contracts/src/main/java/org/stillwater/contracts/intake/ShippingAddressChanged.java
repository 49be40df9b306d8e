package org.stillwater.contracts.intake;

import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.PartnerEventData;

/**
 * The patient's shipping address changed (their state of residence did not). prescription-service re-checks where
 * the pharmacy may ship: a fill requested and not yet dispatched is cancelled and, where the pharmacy is licensed
 * in the new ship-to state, requested again to the new address.
 */
public record ShippingAddressChanged(
        UUID patientId,
        String partnerId,
        String patientState,
        ShippingAddress shippingAddress,
        String changedBy,
        Instant changedAt) implements PartnerEventData {
}
