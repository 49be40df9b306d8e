package org.stillwater.checkin.journey;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.pharmacy.ShipmentRequested;

/** {@code ShipmentRequested} on the patient's journey. */
@ApplicationScoped
public class ShipmentRequestedHandler extends JourneyFactHandler<ShipmentRequested> {

    public ShipmentRequestedHandler() {
        super(ShipmentRequested.class, Fact::of);
    }
}
