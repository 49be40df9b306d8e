package org.stillwater.prescription.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/** Learns who may be prescribed for. A later approval (a new evaluation) replaces the earlier one; an older one changes nothing. */
@ApplicationScoped
public class EvaluationApprovedHandler implements EventHandler<EvaluationApproved> {

    @Inject
    PatientLocks locks;

    @Override
    public Class<EvaluationApproved> eventClass() {
        return EvaluationApproved.class;
    }

    @Override
    public void handle(ReceivedEvent<EvaluationApproved> event) {
        EvaluationApproved approval = event.data();
        locks.lock(approval.patientId());
        ApprovedPatient patient = ApprovedPatient.findById(approval.patientId());
        if (patient != null && patient.approvedAt.isAfter(approval.approvedAt())) {
            return;
        }
        if (patient == null) {
            patient = new ApprovedPatient();
            patient.id = approval.patientId();
        }
        patient.partnerId = approval.partnerId();
        patient.state = approval.patientState();
        patient.evaluationId = approval.evaluationId();
        patient.approvedBy = approval.clinicianId();
        patient.approvedAt = approval.approvedAt();
        patient.maxDoseMgPerSession = approval.protocol().maxDoseMgPerSession();
        patient.shipTo(approval.shippingAddress(), approval.approvedAt());
        patient.persist();
    }
}
