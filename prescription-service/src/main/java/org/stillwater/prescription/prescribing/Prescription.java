package org.stillwater.prescription.prescribing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A Schedule III prescription of ketamine lozenges. Never deleted and never changed except to be cancelled: a
 * new dose is a new prescription that supersedes this one. A prescription issued for a dose adjustment
 * continues its predecessor's lineage: the same last fill day and maximum fill number, fill numbers counting
 * on from the predecessor's fills, so the remaining refills carry over and are never granted twice.
 */
@Entity
public class Prescription extends PanacheEntityBase {

    public static final String MEDICATION = "ketamine HCl sublingual lozenge";
    public static final String RXNORM_CODE = "6130";
    public static final String DEA_SCHEDULE = "CIII";

    public enum Status {
        ACTIVE,
        CANCELLED
    }

    /** The reasons of {@code PrescriptionCancelled}. */
    public enum CancellationReason {
        SUPERSEDED,
        CANCELLED_BY_CLINICIAN,
        TREATMENT_DISCONTINUED
    }

    @Id
    public UUID id;
    /** The first prescription of the chain of dose adjustments this one belongs to (its own id when it starts one). */
    public UUID lineageId;
    public UUID patientId;
    public UUID supersedesPrescriptionId;
    public UUID supersededByPrescriptionId;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Enumerated(EnumType.STRING)
    public CancellationReason cancellationReason;
    /** The clinician's written reason for a cancellation. */
    public String cancellationNote;
    public String cancelledBy;
    public Instant cancelledAt;
    public String clinicianId;
    public String clinicianNpi;
    public String clinicianDeaNumber;
    /** The check-in whose DosageAdjusted this prescription was issued for. */
    public UUID adjustedAtCheckInId;
    public String pharmacyId;
    /** The pharmacy's DEA registration when the prescription was issued; its fills carry it. */
    public String pharmacyDeaRegistration;
    public String medication;
    public String rxnormCode;
    public int strengthMg;
    public int unitsPerSession;
    public int doseMgPerSession;
    public int quantityPerFill;
    /** As announced in PrescriptionIssued: for a dose adjustment, the refills that remained. */
    public int refillsAuthorized;
    /** The highest fill number of the lineage: the original refills + 1. */
    public int maxFillNumber;
    public String directions;
    public Instant issuedAt;
    public LocalDate lastFillDay;
    public Instant expiresAt;

    /** Refills not yet released, given how many fills of the lineage were used (fill 1 is not a refill). */
    public int refillsRemaining(long lineageFillsUsed) {
        return (int) Math.max(0, maxFillNumber - Math.max(lineageFillsUsed, 1));
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public static Optional<Prescription> activeFor(UUID patientId) {
        return find("patientId = ?1 and status = ?2", patientId, Status.ACTIVE).firstResultOptional();
    }
}
