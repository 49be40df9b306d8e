package org.stillwater.session.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/** The patient becomes known: who may see them (partner, state of residence) and the approved protocol. */
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
        Patient patient = patients.lockOrCreate(approved.patientId());
        if (!Patient.isNewer(approved.approvedAt(), patient.approvedAt)) {
            return;
        }
        Protocol protocol = approved.protocol();
        patient.partnerId = approved.partnerId();
        patient.stateOfResidence = approved.patientState();
        patient.approvedAt = approved.approvedAt();
        patient.maxDoseMgPerSession = protocol.maxDoseMgPerSession();
        patient.minHoursBetweenSessions = protocol.minHoursBetweenSessions();
        patient.sitterRequired = protocol.sitterRequired();
        patient.bpLimitSystolic = protocol.bpLimitSystolic();
        patient.bpLimitDiastolic = protocol.bpLimitDiastolic();
    }
}
