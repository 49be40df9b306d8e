package org.stillwater.checkin.treatment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A prescription as prescription-service announced it. The row starts with whichever of
 * {@code PrescriptionIssued} and {@code PrescriptionCancelled} arrives first; the issue fields stay null
 * until the issue is known.
 */
@Entity
public class Prescription extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    public UUID supersedesId;
    public Integer strengthMg;
    public Integer unitsPerSession;
    public Integer doseMgPerSession;
    public Instant issuedAt;
    public Instant cancelledAt;
    public String cancelReason;

    public static List<Prescription> ofPatient(UUID patientId) {
        return list("patientId", patientId);
    }

    static Prescription findOrStart(UUID id, UUID patientId) {
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
