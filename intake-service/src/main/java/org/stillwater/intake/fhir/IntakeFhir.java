package org.stillwater.intake.fhir;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.stillwater.fhir.Observations;
import org.stillwater.fhir.Patients;
import org.stillwater.fhir.QuestionnaireResponses;
import org.stillwater.intake.patient.Patient;
import org.stillwater.intake.screening.Intake;

/** intake-service's records as FHIR R4: the Patient, and each intake's scores, answers and blood pressure. */
final class IntakeFhir {

    private IntakeFhir() {
    }

    static org.hl7.fhir.r4.model.Patient patient(Patient patient) {
        return Patients.patient(new Patients.Demographics(patient.id, patient.partnerId, patient.givenName, patient.familyName,
                patient.dateOfBirth, patient.email, patient.phone,
                new Patients.PostalAddress(patient.shippingLine1, patient.shippingLine2, patient.shippingCity, patient.shippingState,
                        patient.shippingPostalCode),
                new Patients.EmergencyContact(patient.emergencyContactName, patient.emergencyContactPhone, patient.emergencyContactRelation)));
    }

    /** Per intake: PHQ-9 total, PHQ-9 item 9, GAD-7 total and the blood pressure panel, measured when it was submitted. */
    static List<Observation> observations(Intake intake) {
        List<Observation> observations = new ArrayList<>();
        observations.add(Observations.phq9Total(measured(intake, "phq9-total"), intake.phq9Total));
        observations.add(Observations.phq9Item9(measured(intake, "phq9-item9"), intake.answers.phq9().get(8)));
        observations.add(Observations.gad7Total(measured(intake, "gad7-total"), intake.gad7Total));
        observations.add(Observations.bloodPressure(measured(intake, "blood-pressure"), intake.bpSystolic, intake.bpDiastolic));
        return observations;
    }

    /** Per intake: the PHQ-9 and the GAD-7 as answered. */
    static List<QuestionnaireResponse> questionnaireResponses(Intake intake) {
        return List.of(
                QuestionnaireResponses.phq9(answered(intake, "phq9"), intake.answers.phq9()),
                QuestionnaireResponses.gad7(answered(intake, "gad7"), intake.answers.gad7()));
    }

    private static Observations.Measured measured(Intake intake, String what) {
        return new Observations.Measured(intake.id + "-" + what, intake.patientId, intake.submittedAt, null);
    }

    private static QuestionnaireResponses.Answered answered(Intake intake, String what) {
        return new QuestionnaireResponses.Answered(intake.id + "-" + what, intake.patientId, intake.submittedAt, null);
    }
}
