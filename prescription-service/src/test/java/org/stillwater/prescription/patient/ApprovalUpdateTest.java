package org.stillwater.prescription.patient;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.prescription.Api;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.TestEvents;

/**
 * The approved patient kept from {@code EvaluationApproved}: a newer approval replaces the protocol, the same one
 * again or an older one arriving late changes nothing. Seen through the protocol's maximum dose: the default
 * prescription is 200 mg a session, within a 300 mg maximum and above a 100 mg one.
 */
@QuarkusTest
class ApprovalUpdateTest {

    private static final String STATE = "CA";

    @Inject
    EntityManager entityManager;

    @Test
    void anApprovalAtTheSameTimeAsTheHeldOneChangesNothing() {
        Instant approvedAt = Instant.now();
        UUID patient = approved(approvedAt, 300);
        Api.awaitHandled(entityManager, TestEvents.publish(approval(patient, approvedAt, 100)));
        Api.prescribe(As.clinicianLicensedIn(STATE), Api.prescription(patient)).statusCode(201);
    }

    @Test
    void anOlderApprovalArrivingLateChangesNothing() {
        Instant approvedAt = Instant.now();
        UUID patient = approved(approvedAt, 300);
        Api.awaitHandled(entityManager, TestEvents.publish(approval(patient, approvedAt.minus(Duration.ofDays(1)), 100)));
        Api.prescribe(As.clinicianLicensedIn(STATE), Api.prescription(patient)).statusCode(201);
    }

    @Test
    void aNewerApprovalReplacesTheProtocol() {
        Instant approvedAt = Instant.now();
        UUID patient = approved(approvedAt, 300);
        Api.awaitHandled(entityManager, TestEvents.publish(approval(patient, approvedAt.plusSeconds(1), 100)));
        Api.prescribe(As.clinicianLicensedIn(STATE), Api.prescription(patient))
                .statusCode(422).body("errors.code", hasItem("dose-above-protocol-maximum"));
    }

    private static UUID approved(Instant approvedAt, int maxDoseMgPerSession) {
        UUID patient = UUID.randomUUID();
        TestEvents.publish(approval(patient, approvedAt, maxDoseMgPerSession));
        Eventually.assertThat(() -> given().auth().oauth2(As.clinicianLicensedIn(STATE))
                .get("/api/v1/patients/{id}/prescriptions", patient).then().statusCode(200));
        return patient;
    }

    private static EvaluationApproved approval(UUID patient, Instant approvedAt, int maxDoseMgPerSession) {
        EvaluationApproved template = Api.approval(patient, "acme", STATE, maxDoseMgPerSession);
        return new EvaluationApproved(template.evaluationId(), template.intakeId(), patient, template.partnerId(), STATE,
                template.clinicianId(), template.modality(), template.protocol(), template.baselinePhq9(), template.baselineGad7(),
                template.shippingAddress(), approvedAt);
    }
}
