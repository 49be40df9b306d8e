package org.stillwater.session.medication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.stillwater.contracts.pharmacy.ShipmentDelivered;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.session.patient.Patients;

/**
 * Adds the delivered units to the units on hand. The inbox runs this once per event id; the shipment id
 * keys the row, so even the same delivery announced again under another event id counts once.
 */
@ApplicationScoped
public class ShipmentDeliveredHandler implements EventHandler<ShipmentDelivered> {

    @Inject
    Patients patients;

    @Inject
    Clock clock;

    @Override
    public Class<ShipmentDelivered> eventClass() {
        return ShipmentDelivered.class;
    }

    @Override
    public void handle(ReceivedEvent<ShipmentDelivered> event) {
        ShipmentDelivered delivered = event.data();
        patients.lockOrCreate(delivered.patientId());
        if (Delivery.findById(delivered.shipmentId()) != null) {
            return;
        }
        Delivery delivery = new Delivery();
        delivery.shipmentId = delivered.shipmentId();
        delivery.patientId = delivered.patientId();
        delivery.prescriptionId = delivered.prescriptionId();
        delivery.fillNumber = delivered.fillNumber();
        delivery.unitsDelivered = delivered.unitsDelivered();
        delivery.deliveredAt = delivered.deliveredAt();
        delivery.recordedAt = clock.instant();
        delivery.persist();
    }
}
