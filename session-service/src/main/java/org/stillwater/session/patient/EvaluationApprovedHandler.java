package org.stillwater.session.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.messaging.patient.PatientReadModelHandler;

/**
 * The patient becomes known: who may see them (partner, state of residence) and the approved protocol. A later
 * approval (a new evaluation) replaces it; the same one again, or an older one arriving late, changes nothing
 * ({@link PatientReadModelHandler}).
 */
@ApplicationScoped
public class EvaluationApprovedHandler extends PatientReadModelHandler<EvaluationApproved, Patient> {

    @Inject
    Clock clock;

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
        return Patient.firstSeen(patientId, clock.instant());
    }

    @Override
    protected void apply(EvaluationApproved approval, Instant approvedAt, Patient patient) {
        Protocol protocol = approval.protocol();
        patient.partnerId = approval.partnerId();
        patient.stateOfResidence = approval.patientState();
        patient.approvedAt = approvedAt;
        patient.maxDoseMgPerSession = protocol.maxDoseMgPerSession();
        patient.minHoursBetweenSessions = protocol.minHoursBetweenSessions();
        patient.sitterRequired = protocol.sitterRequired();
        patient.bpLimitSystolic = protocol.bpLimitSystolic();
        patient.bpLimitDiastolic = protocol.bpLimitDiastolic();
    }
}
