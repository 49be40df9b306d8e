package org.stillwater.session.medication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * A prescription as prescription-service announced it. Created by its PrescriptionIssued or by its
 * PrescriptionCancelled, whichever arrives first; the details are null until the issue arrives.
 */
@Entity
public class Prescription extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    public UUID supersedesPrescriptionId;
    public Integer strengthMg;
    public Integer unitsPerSession;
    public Integer doseMgPerSession;
    public Instant issuedAt;
    public Instant expiresAt;
    public Instant cancelledAt;
    public String cancellationReason;
    public UUID supersededByPrescriptionId;

    static Prescription findOrCreate(UUID id, UUID patientId) {
        Prescription prescription = findById(id);
        if (prescription == null) {
            prescription = new Prescription();
            prescription.id = id;
            prescription.patientId = patientId;
            prescription.persist();
        }
        return prescription;
    }
}
