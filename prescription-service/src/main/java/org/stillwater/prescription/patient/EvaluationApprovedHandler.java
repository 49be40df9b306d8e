package org.stillwater.prescription.patient;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.messaging.patient.PatientReadModelHandler;

/**
 * Learns who may be prescribed for. A later approval (a new evaluation) replaces the earlier one; the same one
 * again, or an older one arriving late, changes nothing ({@link PatientReadModelHandler}).
 */
@ApplicationScoped
public class EvaluationApprovedHandler extends PatientReadModelHandler<EvaluationApproved, ApprovedPatient> {

    public EvaluationApprovedHandler() {
        super(EvaluationApproved.class, ApprovedPatient.class);
    }

    @Override
    protected Instant factAt(EvaluationApproved approval) {
        return StoredTime.of(approval.approvedAt());
    }

    @Override
    protected Instant heldAt(ApprovedPatient patient) {
        return patient.approvedAt;
    }

    @Override
    protected ApprovedPatient unknown(UUID patientId) {
        return ApprovedPatient.unknown(patientId);
    }

    @Override
    protected void apply(EvaluationApproved approval, Instant approvedAt, ApprovedPatient patient) {
        patient.partnerId = approval.partnerId();
        patient.state = approval.patientState();
        patient.evaluationId = approval.evaluationId();
        patient.approvedBy = approval.clinicianId();
        patient.approvedAt = approvedAt;
        patient.maxDoseMgPerSession = approval.protocol().maxDoseMgPerSession();
        patient.shipTo(approval.shippingAddress(), approvedAt);
    }
}
