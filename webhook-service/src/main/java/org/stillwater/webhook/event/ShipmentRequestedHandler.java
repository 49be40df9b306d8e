package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.pharmacy.ShipmentRequested;

@ApplicationScoped
public class ShipmentRequestedHandler extends WebhookEventHandler<ShipmentRequested> {

    @Override
    public Class<ShipmentRequested> eventClass() {
        return ShipmentRequested.class;
    }
}
