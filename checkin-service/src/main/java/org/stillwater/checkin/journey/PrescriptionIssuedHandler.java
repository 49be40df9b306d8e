package org.stillwater.checkin.journey;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.prescription.PrescriptionIssued;

/** {@code PrescriptionIssued} on the patient's journey. */
@ApplicationScoped
public class PrescriptionIssuedHandler extends JourneyFactHandler<PrescriptionIssued> {

    public PrescriptionIssuedHandler() {
        super(PrescriptionIssued.class, Fact::of);
    }
}
