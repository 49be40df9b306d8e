package org.stillwater.checkin.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.pharmacy.ShipmentFailed;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/** A shipment lost, damaged or returned: an URGENT check-in ({@link Scheduling#afterShipmentFailure}), keyed by the shipment. */
@ApplicationScoped
public class ShipmentFailedHandler implements EventHandler<ShipmentFailed> {

    @Inject
    CheckInCalendar calendar;

    @Override
    public Class<ShipmentFailed> eventClass() {
        return ShipmentFailed.class;
    }

    @Override
    public void handle(ReceivedEvent<ShipmentFailed> event) {
        ShipmentFailed failed = event.data();
        calendar.schedule(failed.patientId(), calendar.rules().afterShipmentFailure(failed.shipmentId(), failed.failedAt()));
    }
}
