package org.stillwater.checkin.journey;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.pharmacy.ShipmentDelivered;

/** {@code ShipmentDelivered} on the patient's journey. */
@ApplicationScoped
public class ShipmentDeliveredHandler extends JourneyFactHandler<ShipmentDelivered> {

    public ShipmentDeliveredHandler() {
        super(ShipmentDelivered.class, Fact::of);
    }
}
