package org.stillwater.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** Every resource type the services export validates against the R4 base specification with zero errors. */
class MappedResourcesValidateTest {

    static final UUID PATIENT = UUID.fromString("5b0a6c1e-2f4d-4e8a-9c3b-7d1e0f2a4b61");
    static final UUID INTAKE = UUID.fromString("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    static final UUID CHECK_IN = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    static final UUID PRESCRIPTION = UUID.fromString("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");
    static final UUID SHIPMENT = UUID.fromString("3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f");
    static final UUID ADVERSE_EVENT = UUID.fromString("4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f80");
    static final Instant AT = Instant.parse("2026-12-01T17:30:00.123456Z");

    static Patient patient() {
        return Patients.patient(new Patients.Demographics(PATIENT, "acme", "Alex", "Example", LocalDate.of(1990, 4, 12),
                "alex@example.org", "+1 555 0100", new Patients.PostalAddress("10 Elm St", "Apt 2", "Sacramento", "CA", "95814"),
                new Patients.EmergencyContact("Casey Example", "+1 555 0101", "partner")));
    }

    static MedicationRequest medicationRequest(boolean active) {
        return MedicationRequests.medicationRequest(new MedicationRequests.Prescribed(PRESCRIPTION, PATIENT, active,
                active ? null : "SUPERSEDED", "ketamine HCl sublingual lozenge", 100, 2, 200, 8, 2,
                "dissolve 2 lozenges under the tongue once per session, at least 72 hours apart", AT,
                Instant.parse("2027-06-02T06:59:59.999Z"), "dr.california", "1234567893", "sunrise", null));
    }

    @Test
    void aPatientValidates() {
        assertValid(patient());
    }

    @Test
    void aPatientWithoutSecondAddressLineOrEmailValidates() {
        assertValid(Patients.patient(new Patients.Demographics(PATIENT, "acme", "Blair", "Example", LocalDate.of(1985, 1, 31),
                null, null, new Patients.PostalAddress("1 Main St", null, "Austin", "TX", "73301"), null)));
    }

    @Test
    void phq9AndGad7TotalsAndItem9Validate() {
        Observations.Measured measured = new Observations.Measured(INTAKE + "-phq9-total", PATIENT, AT, null);
        assertValid(Observations.phq9Total(measured, 16));
        assertValid(Observations.phq9Item9(new Observations.Measured(INTAKE + "-phq9-item9", PATIENT, AT, CHECK_IN), 0));
        assertValid(Observations.gad7Total(new Observations.Measured(INTAKE + "-gad7-total", PATIENT, AT, CHECK_IN), 10));
    }

    @Test
    void scoresCarryTheirLoincCodes() {
        Observations.Measured measured = new Observations.Measured(INTAKE + "-phq9-total", PATIENT, AT, null);
        assertEquals("44261-6", Observations.phq9Total(measured, 16).getCode().getCodingFirstRep().getCode());
        assertEquals("44260-8", Observations.phq9Item9(measured, 1).getCode().getCodingFirstRep().getCode());
        assertEquals("70274-6", Observations.gad7Total(measured, 10).getCode().getCodingFirstRep().getCode());
    }

    @Test
    void aBloodPressurePanelValidatesAgainstTheVitalSignsProfile() {
        Observation panel = Observations.bloodPressure(new Observations.Measured(INTAKE + "-blood-pressure", PATIENT, AT, null), 122, 78);
        assertEquals(List.of(Observations.BLOOD_PRESSURE_PROFILE), panel.getMeta().getProfile().stream().map(p -> p.getValue()).toList());
        assertEquals("85354-9", panel.getCode().getCodingFirstRep().getCode());
        assertEquals("8480-6", panel.getComponent().get(0).getCode().getCodingFirstRep().getCode());
        assertEquals("mm[Hg]", panel.getComponent().get(1).getValueQuantity().getCode());
        assertValid(panel);
    }

    @Test
    void questionnaireResponsesOfBothScalesValidate() {
        assertValid(QuestionnaireResponses.phq9(new QuestionnaireResponses.Answered(INTAKE + "-phq9", PATIENT, AT, null),
                List.of(2, 2, 2, 2, 2, 2, 1, 1, 0)));
        assertValid(QuestionnaireResponses.gad7(new QuestionnaireResponses.Answered(INTAKE + "-gad7", PATIENT, AT, CHECK_IN),
                List.of(2, 2, 1, 1, 1, 1, 1)));
    }

    @Test
    void aQuestionnaireResponseNeedsEveryItem() {
        assertThrows(IllegalArgumentException.class, () -> QuestionnaireResponses.phq9(
                new QuestionnaireResponses.Answered(INTAKE + "-phq9", PATIENT, AT, null), List.of(1, 2, 3)));
    }

    @Test
    void activeAndStoppedMedicationRequestsValidate() {
        assertValid(medicationRequest(true));
        assertValid(medicationRequest(false));
    }

    @Test
    void aMedicationRequestSaysKetamineScheduleIiiDoseQuantityRefillsAndValidity() {
        MedicationRequest request = medicationRequest(true);
        assertEquals("6130", request.getMedicationCodeableConcept().getCodingFirstRep().getCode());
        assertEquals("CIII", ((org.hl7.fhir.r4.model.Coding) request.getExtensionByUrl(Codes.DEA_SCHEDULE_EXTENSION).getValue()).getCode());
        assertEquals(200, request.getDosageInstructionFirstRep().getDoseAndRateFirstRep().getDoseQuantity().getValue().intValue());
        assertEquals("mg", request.getDosageInstructionFirstRep().getDoseAndRateFirstRep().getDoseQuantity().getCode());
        assertEquals(8, request.getDispenseRequest().getQuantity().getValue().intValue());
        assertEquals(2, request.getDispenseRequest().getNumberOfRepeatsAllowed());
        assertEquals(Instant.parse("2027-06-02T06:59:59.999Z"), request.getDispenseRequest().getValidityPeriod().getEnd().toInstant());
    }

    @Test
    void aDeliveredFillValidatesWithItsLot() {
        MedicationDispense dispense = MedicationDispenses.medicationDispense(new MedicationDispenses.DeliveredFill(SHIPMENT, PATIENT,
                PRESCRIPTION, "sunrise", 1, "ketamine HCl sublingual lozenge", 100, "LOT-2026-11-A", 8, AT, AT.plusSeconds(86_400)));
        assertEquals("LOT-2026-11-A", ((org.hl7.fhir.r4.model.Medication) dispense.getContained().get(0)).getBatch().getLotNumber());
        assertValid(dispense);
        assertValid(MedicationDispenses.medicationDispense(new MedicationDispenses.DeliveredFill(SHIPMENT, PATIENT,
                PRESCRIPTION, "sunrise", 3, "ketamine HCl sublingual lozenge", 100, "LOT-2026-12-B", 8, AT, AT)));
    }

    @Test
    void aHandoverReportedBeforeTheRecordedDispatchKeepsTheHandoverAndStillValidates() {
        MedicationDispense dispense = MedicationDispenses.medicationDispense(new MedicationDispenses.DeliveredFill(SHIPMENT, PATIENT,
                PRESCRIPTION, "sunrise", 1, "ketamine HCl sublingual lozenge", 100, "LOT-2026-11-A", 8, AT, AT.minusSeconds(90)));
        assertEquals(java.util.Date.from(AT.minusSeconds(90)), dispense.getWhenHandedOver());
        assertEquals(null, dispense.getWhenPrepared());
        assertValid(dispense);
    }

    @Test
    void adverseEventsOfEveryGradeValidate() {
        for (AdverseEvents.Grade grade : AdverseEvents.Grade.values()) {
            assertValid(AdverseEvents.adverseEvent(new AdverseEvents.Reported(ADVERSE_EVENT, PATIENT, "PROLONGED_DISSOCIATION", grade, AT)));
        }
        AdverseEvent lifeThreatening = AdverseEvents.adverseEvent(new AdverseEvents.Reported(ADVERSE_EVENT, PATIENT, "SEIZURE",
                AdverseEvents.Grade.LIFE_THREATENING, AT));
        assertEquals("SeriousIsLifeThreatening", lifeThreatening.getSeriousness().getCodingFirstRep().getCode());
        assertEquals("severe", lifeThreatening.getSeverity().getCodingFirstRep().getCode());
    }

    @Test
    void checkInsInEveryStatusValidateAsEncounters() {
        for (Encounters.Status status : Encounters.Status.values()) {
            boolean completed = status == Encounters.Status.COMPLETED;
            Encounter encounter = Encounters.encounter(new Encounters.CheckIn(CHECK_IN, PATIENT, "FOLLOW_UP", status, AT,
                    AT.plusSeconds(6 * 86_400), completed ? AT.plusSeconds(86_400) : null, completed ? "dr.california" : null));
            assertValid(encounter);
        }
        assertValid(Encounters.encounter(new Encounters.CheckIn(CHECK_IN, PATIENT, "URGENT", Encounters.Status.SCHEDULED, AT,
                AT.plusSeconds(86_400), null, null)));
    }

    @Test
    void aSearchSetOfEveryTypeValidates() {
        List<Resource> resources = List.of(patient(), medicationRequest(true),
                Observations.bloodPressure(new Observations.Measured(INTAKE + "-blood-pressure", PATIENT, AT, null), 122, 78),
                AdverseEvents.adverseEvent(new AdverseEvents.Reported(ADVERSE_EVENT, PATIENT, "SEIZURE", AdverseEvents.Grade.SEVERE, AT)));
        Bundle bundle = Bundles.searchSet("http://127.0.0.1:8081/fhir/r4", "http://127.0.0.1:8081/fhir/r4/Patient/" + PATIENT + "/$everything",
                AT, resources);
        assertEquals(4, bundle.getTotal());
        assertValid(bundle);
    }

    @Test
    void theCapabilityStatementValidates() {
        CapabilityStatement statement = CapabilityStatements.capabilityStatement("intake-service", "http://127.0.0.1:8081/fhir/r4", AT,
                List.of(new CapabilityStatements.Served("Patient", true, "registered patients"),
                        new CapabilityStatements.Served("Observation", false, "PHQ-9, GAD-7 and blood pressure at intake")));
        assertValid(statement);
    }

    @Test
    void anErrorValidatesAsAnOperationOutcomeWithItsProblemType() {
        OperationOutcome outcome = OperationOutcomes.outcome("https://stillwater.example/problems/invalid-request", "Invalid request", 400,
                "patient must be a UUID", List.of(new OperationOutcomes.Failure("patient", "not-a-uuid", "patient must be a UUID")));
        assertEquals("invalid-request", outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode());
        assertEquals("http.patient", outcome.getIssueFirstRep().getExpression().get(0).getValue());
        assertValid(outcome);
        assertValid(OperationOutcomes.outcome("https://stillwater.example/problems/not-found", "Not found", 404, "patient x", List.of()));
    }

    private static void assertValid(IBaseResource resource) {
        assertEquals(List.of(), R4Validator.errors(resource), () -> FhirJson.encode(resource));
    }
}
