package org.stillwater.prescription.hold;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.session.AdverseEventReported;
import org.stillwater.prescription.shipment.Fills;
import org.stillwater.prescription.shipment.ShipmentCancellationReason;

/** Places and lifts adverse-event holds (event-contracts README: holds are keyed by the adverse event's id). */
@ApplicationScoped
public class Holds {

    @Inject
    Fills fills;

    /**
     * Places the hold of a report with {@code holdPlaced} and cancels the patient's fills not yet dispatched. If the
     * check-in lifting it was handled first, the hold is recorded as placed and lifted and nothing is cancelled.
     */
    public void place(AdverseEventReported report) {
        AdverseEventHold hold = AdverseEventHold.findById(report.adverseEventId());
        if (hold == null) {
            hold = new AdverseEventHold();
            hold.adverseEventId = report.adverseEventId();
            hold.patientId = report.patientId();
        }
        if (hold.placedAt != null) {
            return;
        }
        hold.severity = report.severity();
        hold.placedAt = report.reportedAt();
        hold.persist();
        if (hold.isActive()) {
            fills.cancelUndispatched(report.patientId(), ShipmentCancellationReason.ADVERSE_EVENT_HOLD);
        }
    }

    /** Lifts the named hold, recording the lift even when the hold itself has not arrived yet. */
    public void lift(UUID adverseEventId, UUID patientId, UUID checkInId, Instant liftedAt, EventType liftedBy) {
        AdverseEventHold hold = AdverseEventHold.findById(adverseEventId);
        if (hold == null) {
            hold = new AdverseEventHold();
            hold.adverseEventId = adverseEventId;
            hold.patientId = patientId;
        }
        if (hold.liftedAt != null) {
            return;
        }
        hold.liftedAt = liftedAt;
        hold.liftedByCheckInId = checkInId;
        hold.liftedByEvent = liftedBy.eventName();
        hold.persist();
    }
}
