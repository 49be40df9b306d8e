package org.stillwater.prescription.treatment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** The latest treatment decision of a patient's check-ins; a patient without one is ACTIVE. */
@Entity
public class TreatmentState extends PanacheEntityBase {

    @Id
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public TreatmentStatus status;
    public Instant changedAt;
    public UUID changedByCheckInId;
}
