package org.stillwater.checkin.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.regulatory.calendar.PatientCalendar;

/**
 * The approval puts the ONBOARDING and day-28 FOLLOW_UP check-ins on the patient's calendar ({@link Scheduling#afterApproval}),
 * keyed by the evaluation, so a redelivery, even under a new event id, schedules nothing more.
 */
@ApplicationScoped
public class EvaluationApprovedHandler implements EventHandler<EvaluationApproved> {

    @Inject
    CheckInCalendar calendar;

    @Override
    public Class<EvaluationApproved> eventClass() {
        return EvaluationApproved.class;
    }

    @Override
    public void handle(ReceivedEvent<EvaluationApproved> event) {
        EvaluationApproved approval = event.data();
        calendar.rules().afterApproval(approval.evaluationId(), approval.approvedAt(), PatientCalendar.of(approval.patientState()))
                .forEach(plan -> calendar.schedule(approval.patientId(), plan));
    }
}
