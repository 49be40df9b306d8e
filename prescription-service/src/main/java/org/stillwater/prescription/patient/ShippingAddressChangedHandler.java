package org.stillwater.prescription.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.intake.ShippingAddressChanged;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.messaging.patient.PatientLocks;
import org.stillwater.prescription.shipment.Fills;

/**
 * The patient's fills go to the new address from now on. A fill requested and not yet dispatched is cancelled
 * ({@code SHIPPING_ADDRESS_CHANGED}) so no pharmacy ships a controlled substance to an address the patient left;
 * it is requested again to the new address when its pharmacy is licensed there (and in the state of residence),
 * else it stays cancelled and refills are refused ({@code pharmacy-not-licensed-in-ship-to-state}) until a
 * clinician prescribes through a pharmacy that may ship there. A dispatched fill is already on its way. A change
 * for a patient not approved yet is not kept: the approval carries the address of its time.
 */
@ApplicationScoped
public class ShippingAddressChangedHandler implements EventHandler<ShippingAddressChanged> {

    @Inject
    PatientLocks locks;

    @Inject
    Fills fills;

    @Override
    public Class<ShippingAddressChanged> eventClass() {
        return ShippingAddressChanged.class;
    }

    @Override
    public void handle(ReceivedEvent<ShippingAddressChanged> event) {
        ShippingAddressChanged changed = event.data();
        locks.lock(changed.patientId());
        ApprovedPatient patient = ApprovedPatient.findById(changed.patientId());
        if (patient == null || !patient.shipTo(changed.shippingAddress(), changed.changedAt())) {
            return;
        }
        fills.redirectUndispatched(patient);
    }
}
