package org.stillwater.session.gate;

import java.time.Instant;
import java.util.UUID;

/**
 * The dose a session may take now, from the active prescription and the clinician's latest adjustment.
 *
 * @param prescriptionId   the active prescription
 * @param strengthMg       mg per unit (lozenge)
 * @param dosePerSessionMg the most a session may log
 * @param unitsPerSession  units that dose takes
 */
public record DosingPlan(UUID prescriptionId, int strengthMg, int dosePerSessionMg, int unitsPerSession) {

    /**
     * A DosageAdjusted later than the prescription's issue applies at once (prescription-service's superseding
     * prescription carries the same dose when it arrives); a prescription issued after the adjustment wins. The
     * dose never exceeds the approved protocol's maximum.
     *
     * @param adjustedDoseMg null when no adjustment changed the dose
     * @param doseAdjustedAt null when no adjustment changed the dose
     */
    public static DosingPlan of(UUID prescriptionId, int strengthMg, int prescribedDoseMg, Instant issuedAt,
                                Integer adjustedDoseMg, Instant doseAdjustedAt, int maxDoseMgPerSession) {
        boolean adjustedSinceIssue = adjustedDoseMg != null && doseAdjustedAt != null && doseAdjustedAt.isAfter(issuedAt);
        int dose = Math.min(adjustedSinceIssue ? adjustedDoseMg : prescribedDoseMg, maxDoseMgPerSession);
        int units = Math.max(1, (dose + strengthMg - 1) / strengthMg);
        return new DosingPlan(prescriptionId, strengthMg, dose, units);
    }
}
