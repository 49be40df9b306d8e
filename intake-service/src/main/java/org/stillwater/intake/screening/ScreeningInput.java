package org.stillwater.intake.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What screening reads from an intake and its patient.
 *
 * @param stateOfResidence the two-letter US state whose local date the patient's age is judged on
 */
public record ScreeningInput(
        LocalDate dateOfBirth,
        String stateOfResidence,
        List<Integer> phq9,
        List<Integer> gad7,
        int systolic,
        int diastolic,
        Set<Condition> conditions,
        Set<MedicationClass> medications,
        boolean ketamineAllergy,
        boolean pregnantOrNursing,
        boolean activeSubstanceUseDisorder) {
}
