package org.stillwater.prescription.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.messaging.patient.PatientLocks;
import org.stillwater.messaging.readmodel.ReadModelUpdate;

/**
 * Learns who may be prescribed for, under the patient's lock. A later approval (a new evaluation) replaces the earlier
 * one; the same one again, or an older one arriving late, changes nothing ({@link ReadModelUpdate}).
 */
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
        Instant approvedAt = StoredTime.of(approval.approvedAt());
        ApprovedPatient patient = Objects.requireNonNullElseGet(locks.locked(approval.patientId(), ApprovedPatient.class),
                () -> ApprovedPatient.unknown(approval.patientId()));
        if (!ReadModelUpdate.applies(approvedAt, patient.approvedAt)) {
            return;
        }
        patient.partnerId = approval.partnerId();
        patient.state = approval.patientState();
        patient.evaluationId = approval.evaluationId();
        patient.approvedBy = approval.clinicianId();
        patient.approvedAt = approvedAt;
        patient.maxDoseMgPerSession = approval.protocol().maxDoseMgPerSession();
        patient.shipTo(approval.shippingAddress(), approvedAt);
        patient.persist();
    }
}
