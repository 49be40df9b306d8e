package org.stillwater.fhir;

import java.util.List;

/**
 * The code systems and codes of FHIR exports (DESIGN §7): LOINC for the scales and blood pressure, RxNorm for
 * ketamine, UCUM for units, and the few Stillwater systems for what no public terminology names (the DEA
 * schedule, a check-in's kind, an adverse event's category).
 */
public final class Codes {

    public static final String LOINC = "http://loinc.org";
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public static final String UCUM = "http://unitsofmeasure.org";
    /** National Provider Identifier (CMS), the identifier system US Core gives clinicians. */
    public static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public static final String ACT_PRIORITY = "http://terminology.hl7.org/CodeSystem/v3-ActPriority";
    public static final String ADVERSE_EVENT_SERIOUSNESS = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness";
    public static final String ADVERSE_EVENT_SEVERITY = "http://terminology.hl7.org/CodeSystem/adverse-event-severity";

    /** PHQ-9 total score (0–27). */
    public static final String PHQ9_TOTAL = "44261-6";
    /** PHQ-9 item 9, thoughts of being better off dead or of self-harm (0–3). */
    public static final String PHQ9_ITEM_9 = "44260-8";
    /** The PHQ-9 questionnaire as a panel, for its QuestionnaireResponse. */
    public static final String PHQ9_PANEL = "44249-1";
    /** GAD-7 total score (0–21). */
    public static final String GAD7_TOTAL = "70274-6";
    /** The GAD-7 questionnaire as a panel, for its QuestionnaireResponse. */
    public static final String GAD7_PANEL = "69737-5";
    public static final String BLOOD_PRESSURE_PANEL = "85354-9";
    public static final String SYSTOLIC = "8480-6";
    public static final String DIASTOLIC = "8462-4";

    /** The LOINC codes of the nine PHQ-9 items, in item order. */
    public static final List<String> PHQ9_ITEMS = List.of(
            "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", PHQ9_ITEM_9);
    /** The LOINC codes of the seven GAD-7 items, in item order. */
    public static final List<String> GAD7_ITEMS = List.of(
            "69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7");

    /** RxNorm ingredient: ketamine. */
    public static final String KETAMINE = "6130";

    private static final String STILLWATER = "https://stillwater.example/fhir/";
    /** The patient ids Stillwater gives (the UUID of {@code /api/v1/patients/{patientId}}). */
    public static final String STILLWATER_PATIENT_ID = STILLWATER + "sid/patient-id";
    /** The pharmacy ids of prescription-service's registry. */
    public static final String STILLWATER_PHARMACY_ID = STILLWATER + "sid/pharmacy-id";
    /** The partner (telehealth frontend) a patient belongs to. */
    public static final String STILLWATER_PARTNER_ID = STILLWATER + "sid/partner-id";
    /** The clinicians' user names in the realm, for a clinician without an NPI on record. */
    public static final String STILLWATER_CLINICIAN_ID = STILLWATER + "sid/clinician-id";
    /** The DEA controlled-substance schedule of a prescription (21 CFR 1308), as an extension of MedicationRequest. */
    public static final String DEA_SCHEDULE_EXTENSION = STILLWATER + "StructureDefinition/dea-schedule";
    public static final String DEA_SCHEDULE = STILLWATER + "CodeSystem/dea-schedule";
    public static final String CHECK_IN_KIND = STILLWATER + "CodeSystem/check-in-kind";
    public static final String ADVERSE_EVENT_CATEGORY = STILLWATER + "CodeSystem/adverse-event-category";
    /** The stable problem types of the REST API ({@code https://stillwater.example/problems/<slug>}), carried in OperationOutcome. */
    public static final String PROBLEM_TYPE = "https://stillwater.example/problems/";

    private Codes() {
    }
}
