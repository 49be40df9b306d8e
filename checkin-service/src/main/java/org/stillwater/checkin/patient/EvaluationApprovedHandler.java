package org.stillwater.checkin.patient;

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
 * Learns the patient from {@code EvaluationApproved}, under the patient's lock. A later approval of the same
 * patient (a new intake and evaluation) replaces the protocol and baseline; the same one again, or an older one
 * arriving late, changes nothing ({@link ReadModelUpdate}). Times are kept to the microsecond, as the database
 * keeps them.
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
        Patient patient = Objects.requireNonNullElseGet(locks.locked(approval.patientId(), Patient.class),
                () -> Patient.unknown(approval.patientId()));
        if (!ReadModelUpdate.applies(approvedAt, patient.approvedAt)) {
            return;
        }
        patient.partnerId = approval.partnerId();
        patient.state = approval.patientState();
        patient.evaluationId = approval.evaluationId();
        patient.approvedAt = approvedAt;
        patient.approvedBy = approval.clinicianId();
        patient.maxDoseMgPerSession = approval.protocol().maxDoseMgPerSession();
        patient.minHoursBetweenSessions = approval.protocol().minHoursBetweenSessions();
        patient.baselinePhq9 = approval.baselinePhq9();
        patient.baselineGad7 = approval.baselineGad7();
        patient.persist();
    }
}
