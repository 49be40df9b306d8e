package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.pharmacy.ShipmentDelivered;

@ApplicationScoped
public class ShipmentDeliveredHandler extends WebhookEventHandler<ShipmentDelivered> {

    @Override
    public Class<ShipmentDelivered> eventClass() {
        return ShipmentDelivered.class;
    }
}
