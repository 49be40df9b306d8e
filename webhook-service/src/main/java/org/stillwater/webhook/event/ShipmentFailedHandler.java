package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.pharmacy.ShipmentFailed;

@ApplicationScoped
public class ShipmentFailedHandler extends WebhookEventHandler<ShipmentFailed> {

    @Override
    public Class<ShipmentFailed> eventClass() {
        return ShipmentFailed.class;
    }
}
