package org.stillwater.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.contracts.checkin.CheckInCompleted;
import org.stillwater.contracts.checkin.CheckInScheduled;
import org.stillwater.fhir.R4Validator;
import org.stillwater.firstmonth.Answer;
import org.stillwater.firstmonth.Api;
import org.stillwater.firstmonth.Endpoints;
import org.stillwater.firstmonth.FirstMonth;
import org.stillwater.firstmonth.Narrator;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.postgres.PostgresServer;
import org.stillwater.pharmacy.ReferencePharmacy;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.SharedPlatform;

/**
 * A patient's first month across the four services, as partners, clinicians and the reference pharmacy use
 * them, over the launcher's real Kafka, PostgreSQL and Keycloak; then the unhappy month of a severe adverse event.
 */
class FirstMonthTest {

    private static Endpoints endpoints;
    private static ReferencePharmacy pharmacy;
    private static final Api API = new Api();

    @BeforeAll
    static void startTheReferencePharmacy() {
        endpoints = Endpoints.of(SharedPlatform.get());
        pharmacy = new ReferencePharmacy(new ReferencePharmacy.Settings("sunrise", endpoints.bootstrapServers(),
                endpoints.prescription(), endpoints.realm(), DemoAccounts.PHARM_SUNRISE, DemoAccounts.PASSWORD, "UPS"), line -> { });
        pharmacy.start();
    }

    @AfterAll
    static void stopTheReferencePharmacy() {
        pharmacy.close();
    }

    @Test
    void theFirstMonthRunsFromIntakeToTheWeekFourFollowUp() throws Exception {
        FirstMonth month = month();
        JsonNode journey = month.run();
        UUID patient = month.patientId();

        assertEquals("ACTIVE", journey.path("treatment").path("status").asText());
        assertEquals(100, journey.path("treatment").path("doseMgPerSession").asInt());
        assertTrue(journey.path("trend").path("response").asBoolean(), "PHQ-9 16 to 4 is a response");
        assertTrue(journey.path("trend").path("remission").asBoolean(), "PHQ-9 4 is remission");
        Set<String> entryTypes = new HashSet<>();
        journey.path("weeks").forEach(week -> week.path("entries").forEach(entry -> entryTypes.add(entry.path("type").asText())));
        assertTrue(entryTypes.size() >= 6, "the month's kinds of entries: " + entryTypes);

        assertInOrder(Topics.INTAKE_EVENTS, patient, EventType.INTAKE_SUBMITTED, EventType.EVALUATION_APPROVED);
        assertInOrder(Topics.PRESCRIPTION_EVENTS, patient, EventType.PRESCRIPTION_ISSUED, EventType.PRESCRIPTION_CANCELLED,
                EventType.PRESCRIPTION_ISSUED);
        assertInOrder(Topics.PHARMACY_SHIPMENTS, patient, EventType.SHIPMENT_REQUESTED, EventType.SHIPMENT_DISPATCHED,
                EventType.SHIPMENT_DELIVERED);
        assertInOrder(Topics.SESSION_EVENTS, patient, EventType.SESSION_STARTED, EventType.SESSION_COMPLETED,
                EventType.SESSION_BLOCKED, EventType.SESSION_STARTED, EventType.SESSION_COMPLETED);
        assertInOrder(Topics.CHECKIN_EVENTS, patient, EventType.CHECK_IN_SCHEDULED, EventType.CHECK_IN_COMPLETED,
                EventType.CHECK_IN_SCHEDULED, EventType.CHECK_IN_COMPLETED, EventType.DOSAGE_ADJUSTED, EventType.CHECK_IN_COMPLETED);
        try (PatientEvents checkIns = PatientEvents.on(endpoints.bootstrapServers(), Topics.CHECKIN_EVENTS, patient)) {
            CheckInCompleted followUp = checkIns.await(EventType.CHECK_IN_COMPLETED,
                    event -> event.data(CheckInCompleted.class).kind().equals("FOLLOW_UP")).data(CheckInCompleted.class);
            assertEquals(4, followUp.phq9Total());
            assertTrue(followUp.response() && followUp.remission());
        }

        assertAudited("intake", patient, "service-account-partner-acme", "POST /api/v1/patients/{id}/intakes");
        assertAudited("intake", patient, DemoAccounts.DR_CALIFORNIA, "POST /api/v1/intakes/{id}/evaluation");
        assertAudited("prescription", patient, DemoAccounts.DR_CALIFORNIA, "POST /api/v1/prescriptions");
        assertAudited("session", patient, "service-account-partner-acme", "POST /api/v1/patients/{id}/sessions");
        assertAudited("checkin", patient, DemoAccounts.DR_CALIFORNIA, "POST /api/v1/checkins/{id}/completion");
    }

    @Test
    void theFirstMonthIsExportedAsOneValidFhirBundleScopedAndAuditedInEveryService() throws Exception {
        FirstMonth month = month();
        month.run();
        UUID patient = month.patientId();
        String acme = SharedPlatform.tokens().acme();
        API.post(endpoints.session() + "/api/v1/patients/" + patient + "/adverse-events", acme,
                Map.of("severity", "MILD", "category", "SEVERE_NAUSEA_OR_VOMITING", "description", "nausea for an hour"))
                .expect("reporting a mild adverse event");

        Answer everything = API.get(endpoints.intake() + "/fhir/r4/Patient/" + patient + "/$everything", acme);
        assertEquals(200, everything.status(), everything.body().toString());
        assertEquals(List.of(), R4Validator.errors(everything.body().toString()));
        Map<String, Integer> types = new TreeMap<>();
        everything.body().path("entry").forEach(entry -> types.merge(entry.path("resource").path("resourceType").asText(), 1, Integer::sum));
        assertEquals(Set.of("Patient", "Observation", "QuestionnaireResponse", "MedicationRequest", "MedicationDispense", "AdverseEvent",
                "Encounter"), types.keySet(), types.toString());
        assertEquals(2, types.get("MedicationRequest"), "the first prescription and the one of the adjusted dose: " + types);
        assertEquals(everything.body().path("entry").size(), everything.body().path("total").asInt());

        assertEquals(404, API.get(endpoints.intake() + "/fhir/r4/Patient/" + patient + "/$everything", SharedPlatform.tokens().globex()).status());
        assertAudited("intake", patient, "service-account-partner-acme", "GET /fhir/r4/Patient/{id}/$everything");
        assertAudited("prescription", patient, "service-account-partner-acme", "GET /fhir/r4/MedicationRequest");
        assertAudited("session", patient, "service-account-partner-acme", "GET /fhir/r4/AdverseEvent");
        assertAudited("checkin", patient, "service-account-partner-acme", "GET /fhir/r4/Encounter");
    }

    @Test
    void aSevereAdverseEventHoldsSessionsAndRefillsUntilTheUrgentCheckInsOutcome() {
        FirstMonth month = month();
        month.registerPatient();
        month.submitIntake();
        month.approveByVideo();
        month.prescribe();
        month.awaitDelivery();
        month.completeOnboarding();
        JsonNode session = month.startSession();
        month.completeSession(UUID.fromString(session.path("sessionId").asText()), 200, 2, 8, List.of("DIZZINESS"), "Hard.");
        UUID patient = month.patientId();
        String acme = SharedPlatform.tokens().acme();
        String clinician = SharedPlatform.tokens().user(DemoAccounts.DR_CALIFORNIA);

        JsonNode adverse = API.post(endpoints.session() + "/api/v1/patients/" + patient + "/adverse-events", acme,
                Map.of("severity", "SEVERE", "category", "LOSS_OF_CONSCIOUSNESS", "description", "fainted after the session"))
                .expect("reporting the adverse event");
        assertTrue(adverse.path("holdPlaced").asBoolean());
        month.time().advance(Duration.ofHours(73));

        Answer blocked = API.post(endpoints.session() + "/api/v1/patients/" + patient + "/sessions", acme, check());
        assertEquals(422, blocked.status());
        assertTrue(blocked.body().toString().contains("ADVERSE_EVENT_HOLD"), blocked.body().toString());
        Eventually.until("prescription-service holding fills", () -> {
            Answer refill = API.post(endpoints.prescription() + "/api/v1/prescriptions/" + month.prescriptionId() + "/refills",
                    clinician, Map.of("onHandOverrideReason", "travel"));
            return refill.status() == 409 && refill.body().toString().toLowerCase().contains("hold");
        });

        JsonNode urgent = awaitOpenCheckIn(patient, "URGENT", clinician);
        assertEquals(adverse.path("adverseEventId").asText(), urgent.path("holdAdverseEventId").asText());
        API.post(endpoints.checkin() + "/api/v1/checkins/" + urgent.path("checkInId").asText() + "/completion", clinician,
                Map.of("outcome", "CONTINUE", "notes", "Vasovagal episode; sitter present; safe to continue at the same dose."))
                .expect("completing the URGENT check-in");

        Eventually.until("session-service lifting the hold", () ->
                API.post(endpoints.session() + "/api/v1/patients/" + patient + "/sessions", acme, check()).status() == 201);
        Eventually.until("prescription-service lifting the hold", () -> {
            Answer refill = API.post(endpoints.prescription() + "/api/v1/prescriptions/" + month.prescriptionId() + "/refills",
                    clinician, Map.of("onHandOverrideReason", "travel next week"));
            return refill.ok();
        });
        try (PatientEvents checkIns = PatientEvents.on(endpoints.bootstrapServers(), Topics.CHECKIN_EVENTS, patient)) {
            CheckInCompleted lifted = checkIns.await(EventType.CHECK_IN_COMPLETED,
                    event -> event.data(CheckInCompleted.class).kind().equals("URGENT")).data(CheckInCompleted.class);
            assertEquals(adverse.path("adverseEventId").asText(), String.valueOf(lifted.liftsAdverseEventHold()));
            assertEquals("ADVERSE_EVENT", checkIns.await(EventType.CHECK_IN_SCHEDULED,
                    event -> event.data(CheckInScheduled.class).kind().equals("URGENT")).data(CheckInScheduled.class).trigger());
        }
    }

    private static FirstMonth month() {
        return new FirstMonth(endpoints, SharedPlatform.tokens(), API, Narrator.silent(), "Robin", "E2e-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static Map<String, Object> check() {
        return Map.of("bloodPressure", Map.of("systolic", 120, "diastolic", 78), "sitterPresent", true, "sitterAdult", true,
                "safeSetting", true, "noDrivingAcknowledged", true, "recentAlcohol", false, "recentBenzodiazepines", false);
    }

    private static JsonNode awaitOpenCheckIn(UUID patient, String kind, String clinician) {
        JsonNode[] found = new JsonNode[1];
        Eventually.until("an open " + kind + " check-in", () -> {
            for (JsonNode checkIn : API.get(endpoints.checkin() + "/api/v1/patients/" + patient + "/checkins?size=100", clinician).body().path("items")) {
                if (checkIn.path("kind").asText().equals(kind) && checkIn.path("status").asText().equals("SCHEDULED")) {
                    found[0] = checkIn;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** The types appear in this order among the patient's events on the topic (others may come between them). */
    private static void assertInOrder(String topic, UUID patient, EventType... expected) {
        try (PatientEvents events = PatientEvents.on(endpoints.bootstrapServers(), topic, patient)) {
            Eventually.assertThat(() -> {
                List<EventType> seen = events.events().stream().map(ValidatedEvent::type).toList();
                int next = 0;
                for (EventType type : seen) {
                    if (next < expected.length && type == expected[next]) {
                        next++;
                    }
                }
                assertEquals(expected.length, next, topic + " had " + seen + ", expected in order " + List.of(expected));
            });
        }
    }

    private static void assertAudited(String service, UUID patient, String actor, String action) throws Exception {
        String url = SharedPlatform.get().infrastructure().jdbcUrl(service);
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.username(service), PostgresServer.password(service));
             PreparedStatement query = connection.prepareStatement(
                     "select actor, action, outcome from audit_log where patient_id = ? order by id")) {
            query.setObject(1, patient);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3));
                }
            }
        }
        assertTrue(rows.contains(actor + " " + action + " SUCCESS"), service + " audit rows for the patient: " + rows);
    }
}
