package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.intake.ShippingAddressChanged;

@ApplicationScoped
public class ShippingAddressChangedHandler extends WebhookEventHandler<ShippingAddressChanged> {

    @Override
    public Class<ShippingAddressChanged> eventClass() {
        return ShippingAddressChanged.class;
    }
}
