package org.stillwater.checkin.journey;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;
import org.stillwater.contracts.pharmacy.ShipmentDelivered;
import org.stillwater.contracts.pharmacy.ShipmentDispatched;
import org.stillwater.contracts.pharmacy.ShipmentFailed;
import org.stillwater.contracts.pharmacy.ShipmentRequested;
import org.stillwater.contracts.prescription.PrescriptionCancelled;
import org.stillwater.contracts.prescription.PrescriptionIssued;
import org.stillwater.contracts.session.AdverseEventReported;
import org.stillwater.contracts.session.SessionBlocked;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.contracts.session.SessionStarted;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/** Every event this service consumes leaves a {@link JourneyFact}: one recorder per event type. */
public final class FactRecorders {

    private FactRecorders() {
    }

    /** Records the fact an event carries, once per fact. */
    abstract static class Recorder<T extends EventData> implements EventHandler<T> {

        private final Class<T> eventClass;

        Recorder(Class<T> eventClass) {
            this.eventClass = eventClass;
        }

        @Override
        public Class<T> eventClass() {
            return eventClass;
        }

        @Override
        public void handle(ReceivedEvent<T> event) {
            JourneyFact.record(event.id(), event.data().patientId(), fact(event.data()));
        }

        abstract Fact fact(T data);
    }

    @ApplicationScoped
    public static class Approval extends Recorder<EvaluationApproved> {
        public Approval() {
            super(EvaluationApproved.class);
        }

        @Override
        Fact fact(EvaluationApproved data) {
            return Fact.of(data);
        }
    }

    @ApplicationScoped
    public static class Prescribed extends Recorder<PrescriptionIssued> {
        public Prescribed() {
            super(PrescriptionIssued.class);
        }

        @Override
        Fact fact(PrescriptionIssued data) {
            return Fact.of(data);
        }
    }

    @ApplicationScoped
    public static class PrescriptionEnded extends Recorder<PrescriptionCancelled> {
        public PrescriptionEnded() {
            super(PrescriptionCancelled.class);
        }

        @Override
        Fact fact(PrescriptionCancelled data) {
            return Fact.of(data);
        }
    }

    @ApplicationScoped
    public static class FillRequested extends Recorder<ShipmentRequested> {
        public FillRequested() {
            super(ShipmentRequested.class);
        }

        @Override
        Fact fact(ShipmentRequested data) {
            return Fact.of(data);
        }
    }

    @ApplicationScoped
    public static class FillDispatched extends Recorder<ShipmentDispatched> {
        public FillDispatched() {
            super(ShipmentDispatched.class);
        }

        @Override
        Fact fact(ShipmentDispatched data) {
            return Fact.of(data);
        }
    }

    @ApplicationScoped
    public static class FillDelivered extends Recorder<ShipmentDelivered> {
        public FillDelivered() {
            super(ShipmentDelivered.class);
        }

        @Override
        Fact fact(ShipmentDelivered data) {
            return Fact.of(data);
        }
    }

    @ApplicationScoped
    public static class FillFailed extends Recorder<ShipmentFailed> {
        public FillFailed() {
            super(ShipmentFailed.class);
        }

        @Override
        Fact fact(ShipmentFailed data) {
            return Fact.of(data);
        }
    }

    @ApplicationScoped
    public static class FillCancelled extends Recorder<ShipmentCancelled> {
        public FillCancelled() {
            super(ShipmentCancelled.class);
        }

        @Override
        Fact fact(ShipmentCancelled data) {
            return Fact.of(data);
        }
    }

    @ApplicationScoped
    public static class SessionStart extends Recorder<SessionStarted> {
        public SessionStart() {
            super(SessionStarted.class);
        }

        @Override
        Fact fact(SessionStarted data) {
            return Fact.of(data);
        }
    }

    @ApplicationScoped
    public static class SessionBlock extends Recorder<SessionBlocked> {
        public SessionBlock() {
            super(SessionBlocked.class);
        }

        @Override
        Fact fact(SessionBlocked data) {
            return Fact.of(data);
        }
    }

    @ApplicationScoped
    public static class SessionEnd extends Recorder<SessionCompleted> {
        public SessionEnd() {
            super(SessionCompleted.class);
        }

        @Override
        Fact fact(SessionCompleted data) {
            return Fact.of(data);
        }
    }

    @ApplicationScoped
    public static class AdverseEvent extends Recorder<AdverseEventReported> {
        public AdverseEvent() {
            super(AdverseEventReported.class);
        }

        @Override
        Fact fact(AdverseEventReported data) {
            return Fact.of(data);
        }
    }
}
