package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.pharmacy.ShipmentDispatched;

@ApplicationScoped
public class ShipmentDispatchedHandler extends WebhookEventHandler<ShipmentDispatched> {

    @Override
    public Class<ShipmentDispatched> eventClass() {
        return ShipmentDispatched.class;
    }
}
