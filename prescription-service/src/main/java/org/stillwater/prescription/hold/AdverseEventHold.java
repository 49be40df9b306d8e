package org.stillwater.prescription.hold;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hold on fills after a SEVERE or LIFE_THREATENING adverse event, keyed by the adverse event. The report
 * and the check-in outcome that lifts it travel on different topics and may arrive in either order: the
 * hold is active while it was placed and not lifted, whichever came first.
 */
@Entity
public class AdverseEventHold extends PanacheEntityBase {

    @Id
    public UUID adverseEventId;
    public UUID patientId;
    public String severity;
    public Instant placedAt;
    public Instant liftedAt;
    public UUID liftedByCheckInId;
    /** The event that lifted it: CheckInCompleted or TreatmentResumed. */
    public String liftedByEvent;

    public boolean isActive() {
        return placedAt != null && liftedAt == null;
    }

    public static List<UUID> activeFor(UUID patientId) {
        return AdverseEventHold.<AdverseEventHold>list("patientId = ?1 and placedAt is not null and liftedAt is null order by placedAt", patientId)
                .stream().map(hold -> hold.adverseEventId).toList();
    }
}
