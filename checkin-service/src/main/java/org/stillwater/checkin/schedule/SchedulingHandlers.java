package org.stillwater.checkin.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.pharmacy.ShipmentFailed;
import org.stillwater.contracts.session.AdverseEventReported;
import org.stillwater.contracts.session.SessionBlocked;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.regulatory.calendar.PatientCalendar;

/**
 * The events that put check-ins on a patient's calendar. Each is keyed by the fact's own id (evaluation,
 * session, attempt, adverse event, shipment), so a redelivery, even under a new event id, schedules nothing more.
 */
public final class SchedulingHandlers {

    private SchedulingHandlers() {
    }

    @ApplicationScoped
    public static class OnApproval implements EventHandler<EvaluationApproved> {

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

    @ApplicationScoped
    public static class OnSessionCompleted implements EventHandler<SessionCompleted> {

        @Inject
        CheckInCalendar calendar;

        @Override
        public Class<SessionCompleted> eventClass() {
            return SessionCompleted.class;
        }

        @Override
        public void handle(ReceivedEvent<SessionCompleted> event) {
            SessionCompleted session = event.data();
            calendar.rules().afterSession(session.sessionId(), session.sessionNumber(), session.completedAt())
                    .ifPresent(plan -> calendar.schedule(session.patientId(), plan));
        }
    }

    @ApplicationScoped
    public static class OnSessionBlocked implements EventHandler<SessionBlocked> {

        @Inject
        CheckInCalendar calendar;

        @Override
        public Class<SessionBlocked> eventClass() {
            return SessionBlocked.class;
        }

        @Override
        public void handle(ReceivedEvent<SessionBlocked> event) {
            SessionBlocked blocked = event.data();
            calendar.rules().afterBlockedSession(blocked.attemptId(), blocked.urgentEscalation(), blocked.blockedAt())
                    .ifPresent(plan -> calendar.schedule(blocked.patientId(), plan));
        }
    }

    @ApplicationScoped
    public static class OnAdverseEvent implements EventHandler<AdverseEventReported> {

        @Inject
        CheckInCalendar calendar;

        @Override
        public Class<AdverseEventReported> eventClass() {
            return AdverseEventReported.class;
        }

        @Override
        public void handle(ReceivedEvent<AdverseEventReported> event) {
            AdverseEventReported reported = event.data();
            calendar.rules().afterAdverseEvent(reported.adverseEventId(), reported.severity(), reported.holdPlaced(), reported.reportedAt())
                    .ifPresent(plan -> calendar.schedule(reported.patientId(), plan));
        }
    }

    @ApplicationScoped
    public static class OnShipmentFailed implements EventHandler<ShipmentFailed> {

        @Inject
        CheckInCalendar calendar;

        @Override
        public Class<ShipmentFailed> eventClass() {
            return ShipmentFailed.class;
        }

        @Override
        public void handle(ReceivedEvent<ShipmentFailed> event) {
            ShipmentFailed failed = event.data();
            calendar.schedule(failed.patientId(), calendar.rules().afterShipmentFailure(failed.shipmentId(), failed.failedAt()));
        }
    }
}
