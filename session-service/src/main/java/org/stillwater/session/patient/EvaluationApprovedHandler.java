package org.stillwater.session.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.messaging.readmodel.ReadModelUpdate;

/**
 * The patient becomes known: who may see them (partner, state of residence) and the approved protocol. A later
 * approval (a new evaluation) replaces it; the same one again, or an older one arriving late, changes nothing
 * ({@link ReadModelUpdate}).
 */
@ApplicationScoped
public class EvaluationApprovedHandler implements EventHandler<EvaluationApproved> {

    @Inject
    Patients patients;

    @Override
    public Class<EvaluationApproved> eventClass() {
        return EvaluationApproved.class;
    }

    @Override
    public void handle(ReceivedEvent<EvaluationApproved> event) {
        EvaluationApproved approved = event.data();
        Instant approvedAt = StoredTime.of(approved.approvedAt());
        Patient patient = patients.lockOrCreate(approved.patientId());
        if (!ReadModelUpdate.applies(approvedAt, patient.approvedAt)) {
            return;
        }
        Protocol protocol = approved.protocol();
        patient.partnerId = approved.partnerId();
        patient.stateOfResidence = approved.patientState();
        patient.approvedAt = approvedAt;
        patient.maxDoseMgPerSession = protocol.maxDoseMgPerSession();
        patient.minHoursBetweenSessions = protocol.minHoursBetweenSessions();
        patient.sitterRequired = protocol.sitterRequired();
        patient.bpLimitSystolic = protocol.bpLimitSystolic();
        patient.bpLimitDiastolic = protocol.bpLimitDiastolic();
    }
}
