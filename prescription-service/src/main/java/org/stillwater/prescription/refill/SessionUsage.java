package org.stillwater.prescription.refill;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** The lozenges a session used (SessionCompleted), counted once per session whatever the event's deliveries. */
@Entity
public class SessionUsage extends PanacheEntityBase {

    @Id
    public UUID sessionId;
    public UUID patientId;
    public UUID prescriptionId;
    public int sessionNumber;
    public String status;
    public int unitsUsed;
    public Instant completedAt;
    public UUID eventId;
}
