package org.stillwater.session.adverse;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hold on sessions after a SEVERE or LIFE_THREATENING adverse event, keyed by the adverse event's id:
 * active while placed and not lifted. Only the URGENT check-in's outcome lifts it (CheckInCompleted or
 * TreatmentResumed naming it), whichever arrives first.
 */
@Entity
@Table(name = "adverse_event_hold")
public class Hold extends PanacheEntityBase {

    @Id
    public UUID adverseEventId;
    public UUID patientId;
    public Instant placedAt;
    public Instant liftedAt;
    public String liftedBy;

    public static List<Hold> active(UUID patientId) {
        return list("patientId = ?1 and placedAt is not null and liftedAt is null order by placedAt", patientId);
    }
}
