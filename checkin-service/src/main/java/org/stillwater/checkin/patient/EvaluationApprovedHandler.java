package org.stillwater.checkin.patient;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.messaging.patient.PatientReadModelHandler;

/**
 * Learns the patient from {@code EvaluationApproved}. A later approval of the same patient (a new intake and
 * evaluation) replaces the protocol and baseline; the same one again, or an older one arriving late, changes nothing
 * ({@link PatientReadModelHandler}). Times are kept to the microsecond, as the database keeps them.
 */
@ApplicationScoped
public class EvaluationApprovedHandler extends PatientReadModelHandler<EvaluationApproved, Patient> {

    public EvaluationApprovedHandler() {
        super(EvaluationApproved.class, Patient.class);
    }

    @Override
    protected Instant factAt(EvaluationApproved approval) {
        return StoredTime.of(approval.approvedAt());
    }

    @Override
    protected Instant heldAt(Patient patient) {
        return patient.approvedAt;
    }

    @Override
    protected Patient unknown(UUID patientId) {
        return Patient.unknown(patientId);
    }

    @Override
    protected void apply(EvaluationApproved approval, Instant approvedAt, Patient patient) {
        patient.partnerId = approval.partnerId();
        patient.state = approval.patientState();
        patient.evaluationId = approval.evaluationId();
        patient.approvedAt = approvedAt;
        patient.approvedBy = approval.clinicianId();
        patient.maxDoseMgPerSession = approval.protocol().maxDoseMgPerSession();
        patient.minHoursBetweenSessions = approval.protocol().minHoursBetweenSessions();
        patient.baselinePhq9 = approval.baselinePhq9();
        patient.baselineGad7 = approval.baselineGad7();
    }
}
