package org.stillwater.intake.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What screening reads from an intake and its patient. */
public record ScreeningInput(
        LocalDate dateOfBirth,
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
