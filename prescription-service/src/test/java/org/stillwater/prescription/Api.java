package org.stillwater.prescription;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.contracts.intake.ShippingAddress;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.TestEvents;

/** The calls clinicians, patients, partners and pharmacies make, with real tokens, and the events other services send. */
public final class Api {

    public static final ShippingAddress SHIP_TO = new ShippingAddress("Jordan Test", "10 Elm St", "Apt 2", "Sacramento", "CA", "95814");

    private Api() {
    }

    public static EvaluationApproved approval(UUID patientId, String partnerId, String state, int maxDoseMgPerSession) {
        return new EvaluationApproved(UUID.randomUUID(), UUID.randomUUID(), patientId, partnerId, state, "dr.california", "VIDEO",
                new Protocol(maxDoseMgPerSession, 72, true, 140, 90), 14, 9,
                new ShippingAddress(SHIP_TO.recipientName(), SHIP_TO.line1(), SHIP_TO.line2(), SHIP_TO.city(), state, SHIP_TO.postalCode()),
                Instant.now());
    }

    /** A new patient of acme approved by intake (protocol maximum 300 mg), known to this service once this returns. */
    public static UUID approvedPatient(String state) {
        return approvedPatient(UUID.randomUUID(), "acme", state, 300);
    }

    public static UUID approvedPatient(UUID patientId, String partnerId, String state, int maxDoseMgPerSession) {
        TestEvents.publish(approval(patientId, partnerId, state, maxDoseMgPerSession));
        Eventually.assertThat(() -> given().auth().oauth2(As.clinicianLicensedIn(state)).get("/api/v1/patients/{id}/prescriptions", patientId)
                .then().statusCode(200));
        return patientId;
    }

    /** 100 mg lozenges, 2 per session (200 mg), 6 per fill (three sessions), 5 refills, through sunrise. */
    public static Map<String, Object> prescription(UUID patientId) {
        Map<String, Object> prescription = new HashMap<>();
        prescription.put("patientId", patientId.toString());
        prescription.put("pharmacyId", "sunrise");
        prescription.put("strengthMg", 100);
        prescription.put("unitsPerSession", 2);
        prescription.put("quantityPerFill", 6);
        prescription.put("refills", 5);
        prescription.put("directions", "Dissolve 2 lozenges under the tongue at the start of a session, with your sitter present.");
        return prescription;
    }

    public static ValidatableResponse prescribe(String token, Map<String, Object> prescription) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(prescription).post("/api/v1/prescriptions").then();
    }

    /** Prescribes the default prescription by the clinician licensed in the state and returns its id. */
    public static UUID prescribe(UUID patientId, String state) {
        return prescribed(As.clinicianLicensedIn(state), prescription(patientId));
    }

    public static UUID prescribed(String token, Map<String, Object> prescription) {
        return UUID.fromString(prescribe(token, prescription).statusCode(201).extract().path("prescriptionId"));
    }

    public static ValidatableResponse prescriptionAs(String token, UUID prescriptionId) {
        return given().auth().oauth2(token).get("/api/v1/prescriptions/{id}", prescriptionId).then();
    }

    /** The shipment of the prescription's fill with that number. */
    public static UUID shipmentOf(UUID prescriptionId, int fillNumber) {
        List<Map<String, Object>> fills = prescriptionAs(As.acme(), prescriptionId).statusCode(200).extract().path("fills");
        return fills.stream().filter(fill -> ((Number) fill.get("fillNumber")).intValue() == fillNumber)
                .filter(fill -> !"CANCELLED".equals(fill.get("status")))
                .map(fill -> UUID.fromString((String) fill.get("shipmentId"))).findFirst().orElseThrow();
    }

    public static Map<String, Object> dispatch(int quantityDispensed) {
        return new HashMap<>(Map.of("carrier", "UPS", "trackingNumber", "1Z999AA10123456784", "lotNumber", "KT-2026-0412",
                "quantityDispensed", quantityDispensed, "pharmacistInitials", "jd"));
    }

    public static ValidatableResponse dispatch(String token, UUID shipmentId, Map<String, Object> dispatch) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(dispatch).post("/api/v1/shipments/{id}/dispatch", shipmentId).then();
    }

    public static ValidatableResponse deliver(String token, UUID shipmentId, Map<String, Object> delivery) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(delivery).post("/api/v1/shipments/{id}/delivery", shipmentId).then();
    }

    public static ValidatableResponse fail(String token, UUID shipmentId, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/v1/shipments/{id}/failure", shipmentId).then();
    }

    /** sunrise dispatches the whole fill and the patient signs for it. */
    public static void dispatchAndDeliver(UUID shipmentId, int quantity) {
        dispatch(As.pharmSunrise(), shipmentId, dispatch(quantity)).statusCode(200);
        deliver(As.pharmSunrise(), shipmentId, Map.of("signedBy", "Jordan Test")).statusCode(200);
    }

    public static ValidatableResponse refill(String token, UUID prescriptionId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/prescriptions/{id}/refills", prescriptionId).then();
    }

    public static ValidatableResponse refill(String token, UUID prescriptionId, String onHandOverrideReason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("onHandOverrideReason", onHandOverrideReason))
                .post("/api/v1/prescriptions/{id}/refills", prescriptionId).then();
    }

    public static SessionCompleted session(UUID patientId, UUID prescriptionId, int sessionNumber, int unitsUsed) {
        Instant started = Instant.now().minusSeconds(7200);
        return new SessionCompleted(UUID.randomUUID(), patientId, prescriptionId, sessionNumber, "COMPLETED", unitsUsed * 100, unitsUsed,
                15, 90, 6, List.of("NAUSEA"), null, 4, 7, started, started.plusSeconds(5400));
    }

    /** Waits until this service handled the event (its id is in the inbox). */
    public static void awaitHandled(EntityManager entityManager, UUID eventId) {
        Eventually.until("event " + eventId + " handled", () -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery("select count(*) from inbox_event where event_id = :id")
                        .setParameter("id", eventId).getSingleResult()).intValue() == 1));
    }
}
