package org.stillwater.prescription.shipment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a fill's shipment is: REQUESTED → DISPATCHED → DELIVERED; REQUESTED or DISPATCHED → FAILED;
 * REQUESTED → CANCELLED (by this service: treatment paused, discontinued or held, prescription cancelled).
 * DELIVERED, FAILED and CANCELLED are final.
 */
public enum ShipmentStatus {
    REQUESTED,
    DISPATCHED,
    DELIVERED,
    FAILED,
    CANCELLED;

    public Set<ShipmentStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(DISPATCHED, FAILED, CANCELLED);
            case DISPATCHED -> EnumSet.of(DELIVERED, FAILED);
            case DELIVERED, FAILED, CANCELLED -> EnumSet.noneOf(ShipmentStatus.class);
        };
    }

    public boolean canBecome(ShipmentStatus target) {
        return next().contains(target);
    }

    /** Requested or dispatched: on its way to the patient, not yet in their hands. */
    public boolean inTransit() {
        return this == REQUESTED || this == DISPATCHED;
    }
}
