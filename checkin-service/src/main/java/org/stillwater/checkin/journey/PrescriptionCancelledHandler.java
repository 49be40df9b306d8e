package org.stillwater.checkin.journey;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.prescription.PrescriptionCancelled;

/** {@code PrescriptionCancelled} on the patient's journey. */
@ApplicationScoped
public class PrescriptionCancelledHandler extends JourneyFactHandler<PrescriptionCancelled> {

    public PrescriptionCancelledHandler() {
        super(PrescriptionCancelled.class, Fact::of);
    }
}
