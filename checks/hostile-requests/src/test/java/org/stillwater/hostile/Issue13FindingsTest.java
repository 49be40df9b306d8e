package org.stillwater.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stillwater.hostile.Exchange.Call;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.service.ServiceName;

/**
 * The five findings of issue 13, each as it was reported, against the platform as {@code ./stillwater up} runs
 * it. Each is now answered at once (within the module's time bound) with a problem+json, audited with the right
 * actor, and leaves at most a few log lines and no stack trace.
 */
class Issue13FindingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALEX = DemoAccounts.ALEX_PATIENT_ID.toString();
    /** A read of each service that names a patient, as the report's probes were. */
    private static final List<Call> PATIENT_READS = List.of(
            get(ServiceName.INTAKE, "/api/v1/patients/" + ALEX),
            get(ServiceName.PRESCRIPTION, "/api/v1/patients/" + ALEX + "/prescriptions"),
            get(ServiceName.SESSION, "/api/v1/patients/" + ALEX + "/sessions"),
            get(ServiceName.CHECKIN, "/api/v1/patients/" + ALEX + "/checkins"));

    private final Fixture fixture = Fixture.shared();

    private static Call get(ServiceName service, String target) {
        return new Call(service, "GET", target, Optional.empty(), Optional.empty(), "application/json");
    }

    private static Call post(ServiceName service, String target, String json) {
        return new Call(service, "POST", target, Optional.empty(), Optional.of(json.getBytes(StandardCharsets.UTF_8)), "application/json");
    }

    private Answer send(Caller caller, Call call) {
        return fixture.exchange.send(new Call(call.service(), call.method(), call.target(),
                fixture.credentials.authorization(caller, 0), call.body(), call.contentType()));
    }

    /** Answered with {@code status} as a problem+json, audited as the caller's actor, with a few log lines at most. */
    private static JsonNode answeredOnce(Answer answer, int status, Caller caller) {
        assertFalse(answer.timedOut(), "no answer within " + Fixture.TIME_BOUND.toSeconds() + " s");
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType(), answer.body());
        assertFalse(answer.auditActors().isEmpty(), "no audit row");
        assertEquals(List.of(caller.auditedActor()), answer.auditActors().stream().distinct().toList());
        assertFalse(answer.loggedStackTrace(), answer.logged());
        assertTrue(answer.logGrowth() <= Fixture.LOG_BOUND, "the log grew by " + answer.logGrowth() + " bytes: " + answer.logged());
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError(answer.body(), e);
        }
    }

    private static String firstError(JsonNode problem, String part) {
        return problem.path("errors").path(0).path(part).asText();
    }

    @Test
    void anInvalidBearerTokenIsAnswered401AtOnceAndAuditedAsAnonymous() {
        for (Call read : PATIENT_READS) {
            for (Caller forged : List.of(Caller.MALFORMED, Caller.ALTERED_SIGNATURE, Caller.UNSIGNED, Caller.EXPIRED)) {
                JsonNode problem = answeredOnce(send(forged, read), 401, forged);
                assertTrue(problem.path("type").asText().endsWith("/unauthenticated"), problem.toString());
            }
        }
    }

    @Test
    void aGenuineTokenOfAClientTheServicesDoNotAcceptIsAnswered401AndAuditedAsAnonymous() {
        for (Call read : PATIENT_READS) {
            answeredOnce(send(Caller.FOREIGN_CLIENT, read), 401, Caller.FOREIGN_CLIENT);
        }
    }

    @Test
    void aGenuineTokenWithoutAStillwaterRoleIsAnswered403AndAuditedWithItsUser() {
        for (Call read : PATIENT_READS) {
            JsonNode problem = answeredOnce(send(Caller.WITHOUT_STILLWATER_ROLE, read), 403, Caller.WITHOUT_STILLWATER_ROLE);
            assertTrue(problem.path("type").asText().endsWith("/forbidden"), problem.toString());
        }
    }

    @Test
    void aNulInAPathIdIsA400ProblemAndAudited() {
        Map<Call, Caller> withNul = Map.of(
                get(ServiceName.INTAKE, "/api/v1/patients/%00"), Caller.PARTNER,
                get(ServiceName.SESSION, "/api/v1/sessions/%00"), Caller.PATIENT,
                get(ServiceName.CHECKIN, "/api/v1/checkins/%00"), Caller.CLINICIAN,
                post(ServiceName.PRESCRIPTION, "/api/v1/shipments/%00/failure", "{\"reason\": \"LOST\"}"), Caller.PHARMACIST,
                get(ServiceName.PRESCRIPTION, "/api/v1/pharmacies/sunrise%00/shipments"), Caller.PHARMACIST);
        withNul.forEach((call, caller) -> {
            JsonNode problem = answeredOnce(send(caller, call), 400, caller);
            assertEquals("nul-character", firstError(problem, "code"), problem.toString());
        });
    }

    @Test
    void aFloatForAnIntegerIsRefusedNamingTheItemInsteadOfBeingRounded() {
        JsonNode problem = answeredOnce(send(Caller.PARTNER, post(ServiceName.INTAKE, "/api/v1/patients/" + ALEX + "/intakes",
                Bodies.intake("[1,1,1,1,1,1,1,1,0.9]", "{\"systolic\": 120, \"diastolic\": 80}"))), 400, Caller.PARTNER);
        assertEquals("phq9[8]", firstError(problem, "field"), problem.toString());

        problem = answeredOnce(send(Caller.PARTNER, post(ServiceName.INTAKE, "/api/v1/patients/" + ALEX + "/intakes",
                Bodies.intake("[1,1,1,1,1,1,1,1,0]", "{\"systolic\": 139.9, \"diastolic\": 89.9}"))), 400, Caller.PARTNER);
        assertEquals("bloodPressure.systolic", firstError(problem, "field"), problem.toString());
    }

    @Test
    void anImpossibleBloodPressureIsRefusedAtIntakeAsBeforeASession() {
        String impossible = "{\"systolic\": 90, \"diastolic\": 95}";
        JsonNode atIntake = answeredOnce(send(Caller.PARTNER, post(ServiceName.INTAKE, "/api/v1/patients/" + ALEX + "/intakes",
                Bodies.intake("[1,1,1,1,1,1,1,1,0]", impossible))), 400, Caller.PARTNER);
        JsonNode beforeSession = answeredOnce(send(Caller.PARTNER, post(ServiceName.SESSION, "/api/v1/patients/" + ALEX + "/sessions",
                Bodies.preSessionCheck(impossible))), 400, Caller.PARTNER);
        for (JsonNode problem : List.of(atIntake, beforeSession)) {
            assertEquals("bloodPressure", firstError(problem, "field"), problem.toString());
            assertEquals("implausible-reading", firstError(problem, "code"), problem.toString());
        }
    }
}
