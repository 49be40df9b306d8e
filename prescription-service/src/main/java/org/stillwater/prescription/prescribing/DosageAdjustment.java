package org.stillwater.prescription.prescribing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A check-in's new dose per session and what became of it here, shown with the prescription it was meant for. */
@Entity
public class DosageAdjustment extends PanacheEntityBase {

    public enum Outcome {
        /** A superseding prescription carries the new dose. */
        APPLIED,
        /** The active prescription already has this dose. */
        UNCHANGED,
        /** The prescription stays as it was (reason): a clinician must prescribe the dose explicitly. */
        NOT_APPLIED
    }

    @Id
    public UUID id;
    public UUID checkInId;
    public UUID patientId;
    public int doseMgPerSession;
    public String clinicianId;
    public Instant adjustedAt;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public String reasonCode;
    public String reason;
    /** The active prescription when the adjustment arrived, if there was one. */
    public UUID prescriptionId;
    public UUID newPrescriptionId;
    public Instant recordedAt;
}
