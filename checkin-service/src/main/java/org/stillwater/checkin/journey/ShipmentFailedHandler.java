package org.stillwater.checkin.journey;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.pharmacy.ShipmentFailed;

/** {@code ShipmentFailed} on the patient's journey. */
@ApplicationScoped
public class ShipmentFailedHandler extends JourneyFactHandler<ShipmentFailed> {

    public ShipmentFailedHandler() {
        super(ShipmentFailed.class, Fact::of);
    }
}
