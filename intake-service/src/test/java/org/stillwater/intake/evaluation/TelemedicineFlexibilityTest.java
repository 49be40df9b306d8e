package org.stillwater.intake.evaluation;

import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.clock.ServiceClock;
import org.stillwater.intake.Api;
import org.stillwater.testing.As;

/** The service configured as if the DEA telemedicine flexibility had already ended. */
@QuarkusTest
@TestProfile(TelemedicineFlexibilityTest.FlexibilityEnded.class)
class TelemedicineFlexibilityTest {

    @Inject
    ServiceClock clock;

    public static class FlexibilityEnded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stillwater.evaluation.telemedicine-flexibility-until", "2025-12-31");
        }
    }

    @Test
    void afterTheFlexibilityAVideoOnlyApprovalIsRefused() {
        UUID intake = Api.submitIntake(Api.registerPatient("CA"), Api.intake());
        Api.evaluate(As.drCalifornia(), intake, Api.approval()).statusCode(422)
                .body("errors.code", hasItem("in-person-evaluation-required"));
    }

    @Test
    void afterTheFlexibilityAVideoApprovalWithAnInPersonRecordIsAccepted() {
        UUID intake = Api.submitIntake(Api.registerPatient("CA"), Api.intake());
        Map<String, Object> approval = Api.approval();
        approval.put("inPersonEvaluationOn", "2026-10-01");
        Api.evaluate(As.drCalifornia(), intake, approval).statusCode(201);
    }

    @Test
    void anInPersonDateIsJudgedPastOnTheServiceClockNotTheSystemClock() {
        clock.advance(Duration.ofDays(2));
        UUID intake = Api.submitIntake(Api.registerPatient("CA"), Api.intake());
        Map<String, Object> approval = Api.approval();
        // today where the patient lives (California), which the service clock's UTC date may already be past
        approval.put("inPersonEvaluationOn", LocalDate.now(clock.withZone(ZoneId.of("America/Los_Angeles"))).toString());
        Api.evaluate(As.drCalifornia(), intake, approval).statusCode(201);
    }

    @Test
    void anInPersonDateAfterTodayOnTheServiceClockIsRefused() {
        UUID intake = Api.submitIntake(Api.registerPatient("CA"), Api.intake());
        Map<String, Object> approval = Api.approval();
        approval.put("inPersonEvaluationOn", LocalDate.now(clock).plusDays(1).toString());
        Api.evaluate(As.drCalifornia(), intake, approval).statusCode(422)
                .body("errors.field", hasItem("inPersonEvaluationOn"))
                .body("errors.code", hasItem("in-person-evaluation-in-the-future"));
    }

    @Test
    void anInPersonEvaluationDatedBeforeThePatientsBirthIsRefused() {
        UUID intake = Api.submitIntake(Api.registerPatient("CA"), Api.intake());
        Map<String, Object> approval = Api.approval();
        approval.put("modality", "IN_PERSON");
        approval.put("inPersonEvaluationOn", "1900-01-01");
        Api.evaluate(As.drCalifornia(), intake, approval).statusCode(422)
                .body("errors.field", hasItem("inPersonEvaluationOn"))
                .body("errors.code", hasItem("in-person-evaluation-before-birth"));
    }
}
