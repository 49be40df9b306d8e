package org.stillwater.intake.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stillwater.edge.validation.BloodPressureReading;

/** An intake questionnaire. Coded lists use the enums the API documents; free text has upper limits. */
@Schema(description = "PHQ-9 (9 answers 0-3), GAD-7 (7 answers 0-3), blood pressure, history, medications, allergies, pregnancy, substance use, sitter")
public record IntakeRequest(
        @NotNull @Size(min = 9, max = 9, message = "needs exactly 9 answers")
        @Schema(description = "PHQ-9 answers in item order, each 0 (not at all) to 3 (nearly every day)")
        List<@NotNull @Min(0) @Max(3) Integer> phq9,
        @NotNull @Size(min = 7, max = 7, message = "needs exactly 7 answers")
        @Schema(description = "GAD-7 answers in item order, each 0 to 3")
        List<@NotNull @Min(0) @Max(3) Integer> gad7,
        @NotNull @Valid BloodPressureReading bloodPressure,
        @NotNull @Size(max = 30) List<@NotNull Condition> conditions,
        @Size(max = 1000) String otherConditions,
        @NotNull @Size(max = 50) List<@NotNull @Valid Medication> currentMedications,
        @NotNull Boolean ketamineAllergy,
        @NotNull @Size(max = 30) List<@NotBlank @Size(max = 200) String> otherAllergies,
        @NotNull Boolean pregnantOrNursing,
        @NotNull @Valid SubstanceUse substanceUse,
        @Valid Sitter sitter) {

    /** What screening reads from these answers and the patient they are about. */
    public ScreeningInput screeningInput(LocalDate dateOfBirth, String stateOfResidence) {
        EnumSet<Condition> conditionSet = EnumSet.noneOf(Condition.class);
        conditionSet.addAll(conditions);
        EnumSet<MedicationClass> medications = EnumSet.noneOf(MedicationClass.class);
        currentMedications.forEach(medication -> medications.add(medication.medicationClass()));
        return new ScreeningInput(dateOfBirth, stateOfResidence, phq9, gad7, bloodPressure.systolic(), bloodPressure.diastolic(),
                conditionSet, medications, ketamineAllergy, pregnantOrNursing, substanceUse.activeSubstanceUseDisorder());
    }

    public record Medication(
            @NotNull MedicationClass medicationClass,
            @Size(max = 200) String name,
            @Size(max = 200) String dose) {
    }

    public record SubstanceUse(
            @NotNull Boolean activeSubstanceUseDisorder,
            @Min(0) @Max(200) Integer alcoholDrinksPerWeek,
            Boolean cannabisUse,
            @Size(max = 1000) String details) {
    }

    @Schema(description = "The adult who will stay with the patient during home sessions")
    public record Sitter(@NotBlank @Size(max = 200) String name, @NotNull Boolean adult) {
    }
}
