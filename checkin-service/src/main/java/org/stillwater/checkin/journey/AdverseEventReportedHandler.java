package org.stillwater.checkin.journey;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.session.AdverseEventReported;

/** {@code AdverseEventReported} on the patient's journey. */
@ApplicationScoped
public class AdverseEventReportedHandler extends JourneyFactHandler<AdverseEventReported> {

    public AdverseEventReportedHandler() {
        super(AdverseEventReported.class, Fact::of);
    }
}
