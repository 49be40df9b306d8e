package org.stillwater.checkin.patient;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/**
 * Learns the patient from {@code EvaluationApproved}. A later approval of the same patient (a new intake and
 * evaluation) replaces the protocol and baseline; an older one arriving late changes nothing. Times are kept to
 * the microsecond, as the database keeps them.
 */
@ApplicationScoped
public class PatientApproved implements EventHandler<EvaluationApproved> {

    @Override
    public Class<EvaluationApproved> eventClass() {
        return EvaluationApproved.class;
    }

    @Override
    public void handle(ReceivedEvent<EvaluationApproved> event) {
        EvaluationApproved approval = event.data();
        Instant approvedAt = StoredTime.of(approval.approvedAt());
        Patient patient = Patient.findById(approval.patientId());
        if (patient != null && !approvedAt.isAfter(patient.approvedAt)) {
            return;
        }
        if (patient == null) {
            patient = new Patient();
            patient.id = approval.patientId();
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
