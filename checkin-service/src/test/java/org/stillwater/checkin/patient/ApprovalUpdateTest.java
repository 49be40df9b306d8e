package org.stillwater.checkin.patient;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.checkin.Api;
import org.stillwater.checkin.Events;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.TestEvents;

/**
 * The patient kept from {@code EvaluationApproved}: a newer approval replaces it, the same one again or an older one
 * arriving late changes nothing. Seen through the state of residence, which says which clinicians may see the patient.
 */
@QuarkusTest
class ApprovalUpdateTest {

    @Inject
    EntityManager entityManager;

    @Test
    void anApprovalAtTheSameTimeAsTheHeldOneChangesNothing() {
        Instant approvedAt = Instant.now();
        UUID patient = Api.approvedPatient("CA", approvedAt);
        awaitHandled(TestEvents.publish(Events.approval(patient, "TX", approvedAt)));
        assertSeenBy(patient, "CA", 200);
        assertSeenBy(patient, "TX", 404);
    }

    @Test
    void anOlderApprovalArrivingLateChangesNothing() {
        Instant approvedAt = Instant.now();
        UUID patient = Api.approvedPatient("CA", approvedAt);
        awaitHandled(TestEvents.publish(Events.approval(patient, "TX", approvedAt.minus(Duration.ofDays(1)))));
        assertSeenBy(patient, "CA", 200);
        assertSeenBy(patient, "TX", 404);
    }

    @Test
    void aNewerApprovalReplacesThePatient() {
        Instant approvedAt = Instant.now();
        UUID patient = Api.approvedPatient("CA", approvedAt);
        awaitHandled(TestEvents.publish(Events.approval(patient, "TX", approvedAt.plusSeconds(1))));
        assertSeenBy(patient, "TX", 200);
        assertSeenBy(patient, "CA", 404);
    }

    private static void assertSeenBy(UUID patient, String clinicianState, int status) {
        given().auth().oauth2(As.clinicianLicensedIn(clinicianState)).get("/api/v1/patients/{id}/checkins", patient)
                .then().statusCode(status);
    }

    private void awaitHandled(UUID eventId) {
        Eventually.until("event " + eventId + " handled", () -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery("select count(*) from inbox_event where event_id = :id")
                        .setParameter("id", eventId).getSingleResult()).intValue() == 1));
    }
}
