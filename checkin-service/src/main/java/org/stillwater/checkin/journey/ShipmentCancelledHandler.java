package org.stillwater.checkin.journey;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;

/** {@code ShipmentCancelled} on the patient's journey. */
@ApplicationScoped
public class ShipmentCancelledHandler extends JourneyFactHandler<ShipmentCancelled> {

    public ShipmentCancelledHandler() {
        super(ShipmentCancelled.class, Fact::of);
    }
}
