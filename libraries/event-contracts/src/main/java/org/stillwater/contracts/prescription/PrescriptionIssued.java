package org.stillwater.contracts.prescription;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.EventData;

/**
 * A Schedule III prescription for ketamine lozenges. {@code doseMgPerSession} is
 * {@code strengthMg × unitsPerSession}; a prescription that supersedes another names it.
 */
public record PrescriptionIssued(
        UUID prescriptionId,
        UUID patientId,
        @Nullable UUID supersedesPrescriptionId,
        String clinicianId,
        String pharmacyId,
        String medication,
        String rxnormCode,
        int strengthMg,
        int unitsPerSession,
        int doseMgPerSession,
        int quantityPerFill,
        int refillsAuthorized,
        Instant issuedAt,
        Instant expiresAt) implements EventData {
}
