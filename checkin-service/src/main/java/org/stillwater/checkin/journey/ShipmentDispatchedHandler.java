package org.stillwater.checkin.journey;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.pharmacy.ShipmentDispatched;

/** {@code ShipmentDispatched} on the patient's journey. */
@ApplicationScoped
public class ShipmentDispatchedHandler extends JourneyFactHandler<ShipmentDispatched> {

    public ShipmentDispatchedHandler() {
        super(ShipmentDispatched.class, Fact::of);
    }
}
