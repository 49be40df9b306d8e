package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;

@ApplicationScoped
public class ShipmentCancelledHandler extends WebhookEventHandler<ShipmentCancelled> {

    @Override
    public Class<ShipmentCancelled> eventClass() {
        return ShipmentCancelled.class;
    }
}
