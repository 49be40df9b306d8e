package org.stillwater.fhir;

import java.time.Instant;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;

/**
 * PHQ-9 and GAD-7 scores and blood pressure readings as Observations (LOINC, DESIGN §7). Blood pressure follows
 * the R4 vital-signs profile {@code http://hl7.org/fhir/StructureDefinition/bp}; scores are surveys.
 */
public final class Observations {

    /** The R4 base profile for a blood pressure panel. */
    public static final String BLOOD_PRESSURE_PROFILE = "http://hl7.org/fhir/StructureDefinition/bp";

    private Observations() {
    }

    /**
     * Where and when a measurement was taken.
     *
     * @param id          the Observation's id: the source record's id and a suffix naming the measurement
     *                    (at most 64 characters of {@code [A-Za-z0-9-.]})
     * @param encounterId the check-in it was taken at, or null
     */
    public record Measured(String id, UUID patientId, Instant at, UUID encounterId) {
    }

    /** PHQ-9 total, 0–27 (LOINC 44261-6). */
    public static Observation phq9Total(Measured measured, int total) {
        return score(measured, Codes.PHQ9_TOTAL, "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]", total);
    }

    /** PHQ-9 item 9, 0–3 (LOINC 44260-8): above 0 means thoughts of self-harm, which flags the intake URGENT. */
    public static Observation phq9Item9(Measured measured, int answer) {
        return score(measured, Codes.PHQ9_ITEM_9, "Thoughts that you would be better off dead, or of hurting yourself in some way", answer);
    }

    /** GAD-7 total, 0–21 (LOINC 70274-6). */
    public static Observation gad7Total(Measured measured, int total) {
        return score(measured, Codes.GAD7_TOTAL, "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]", total);
    }

    /** A blood pressure panel (LOINC 85354-9) with systolic (8480-6) and diastolic (8462-4) in mm[Hg]. */
    public static Observation bloodPressure(Measured measured, int systolicMmHg, int diastolicMmHg) {
        Observation observation = base(measured, "vital-signs", "Vital Signs",
                new Coding(Codes.LOINC, Codes.BLOOD_PRESSURE_PANEL, "Blood pressure panel with all children optional"));
        observation.getMeta().addProfile(BLOOD_PRESSURE_PROFILE);
        observation.getCode().setText("Blood pressure");
        observation.addComponent()
                .setCode(new CodeableConcept(new Coding(Codes.LOINC, Codes.SYSTOLIC, "Systolic blood pressure")))
                .setValue(Units.millimetresOfMercury(systolicMmHg));
        observation.addComponent()
                .setCode(new CodeableConcept(new Coding(Codes.LOINC, Codes.DIASTOLIC, "Diastolic blood pressure")))
                .setValue(Units.millimetresOfMercury(diastolicMmHg));
        return observation;
    }

    private static Observation score(Measured measured, String loinc, String display, int value) {
        Observation observation = base(measured, "survey", "Survey", new Coding(Codes.LOINC, loinc, display));
        observation.setValue(new IntegerType(value));
        return observation;
    }

    private static Observation base(Measured measured, String category, String categoryDisplay, Coding code) {
        Observation observation = new Observation();
        observation.setId(measured.id());
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(Codes.OBSERVATION_CATEGORY, category, categoryDisplay)));
        observation.setCode(new CodeableConcept(code));
        observation.setSubject(References.patient(measured.patientId()));
        if (measured.encounterId() != null) {
            observation.setEncounter(new Reference("Encounter/" + measured.encounterId()));
        }
        observation.setEffective(Times.dateTime(measured.at()));
        observation.setIssuedElement(Times.instant(measured.at()));
        return observation;
    }

}
