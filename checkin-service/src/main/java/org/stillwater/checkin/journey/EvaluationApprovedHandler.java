package org.stillwater.checkin.journey;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.intake.EvaluationApproved;

/** {@code EvaluationApproved} on the patient's journey. */
@ApplicationScoped
public class EvaluationApprovedHandler extends JourneyFactHandler<EvaluationApproved> {

    public EvaluationApprovedHandler() {
        super(EvaluationApproved.class, Fact::of);
    }
}
