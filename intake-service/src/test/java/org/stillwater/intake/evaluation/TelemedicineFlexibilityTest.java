package org.stillwater.intake.evaluation;

import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.intake.Api;
import org.stillwater.testing.As;

/** The service configured as if the DEA telemedicine flexibility had already ended. */
@QuarkusTest
@TestProfile(TelemedicineFlexibilityTest.FlexibilityEnded.class)
class TelemedicineFlexibilityTest {

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
}
