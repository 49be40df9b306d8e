package org.stillwater.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.hostile.Expectations.Violation;
import org.stillwater.hostile.Part.Hostility;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.service.ServiceName;

/**
 * Each kind of counterexample the generated requests found, as it was shrunk, kept as a named test: the
 * property holds for it ({@link Expectations}: the right status, a problem+json, an audit row with the right
 * actor, a few log lines), and it is answered with the status it should have been. The first nine are the kinds
 * of the run against the code before issue 13 was fixed (seed 20261130); the others came up while fixing it and
 * on endpoints added later.
 */
class CounterexamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALEX = DemoAccounts.ALEX_PATIENT_ID.toString();

    private final Fixture fixture = Fixture.shared();

    /** The request to a documented operation, with ordinary path values and no query or body yet. */
    private HostileRequest request(ServiceName service, String method, String path, Caller caller) {
        Operation operation = fixture.operation(service, method, path);
        Map<String, Part> pathValues = new LinkedHashMap<>();
        operation.parameters(Operation.In.PATH).forEach(parameter -> pathValues.put(parameter.name(),
                Part.plain(parameter.name().equals("patientId") ? ALEX : UUID.randomUUID().toString())));
        return new HostileRequest(operation, caller, 0, pathValues, Map.of(), Body.none());
    }

    private static Part invalid(String kind, String encoded) {
        return new Part(kind, encoded, Hostility.INVALID);
    }

    private static Body json(String json) {
        try {
            return new Body(Optional.of(JSON.readTree(json)), List.of());
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    /** A valid body with one of the generator's mutations applied where {@code pointer} says. */
    private static Body mutated(String json, Mutations.Kind kind, String pointer, JsonNode replacement) {
        return new Body(json(json).base(), List.of(new Body.Mutation(kind, pointer, replacement)));
    }

    /** Sends the request: the property must hold, and the answer must have {@code status}. */
    private Answer answered(int status, HostileRequest request) {
        Answer answer = fixture.exchange.send(request);
        List<Violation> violations = fixture.expectations.check(request, answer);
        assertEquals(List.of(), violations, request.describe(fixture.credentials));
        assertEquals(status, answer.status(), answer.body());
        return answer;
    }

    @Test
    void aMalformedTokenIsAnswered401AtOnce() {
        answered(401, request(ServiceName.INTAKE, "POST", "/api/v1/patients", Caller.MALFORMED).with(json("""
                {"givenName": "Sam", "familyName": "Example", "dateOfBirth": "1976-03-04", "stateOfResidence": "CA",
                 "shippingAddress": {"line1": "1 Main St", "city": "Sacramento", "state": "CA", "postalCode": "95814"},
                 "emergencyContact": {"name": "Kin Example", "phone": "+1 555 0100", "relationship": "sibling"}}""")));
    }

    @Test
    void ordinaryRequestsAreStillAnsweredAfterAStreamOfUntrustedTokens() {
        for (Caller untrusted : Caller.untrusted()) {
            for (ServiceName service : ServiceName.values()) {
                answered(401, request(service, "GET", "/api/v1/dev/clock", untrusted));
            }
        }
        answered(200, request(ServiceName.INTAKE, "GET", "/api/v1/patients/{patientId}", Caller.PARTNER));
    }

    @Test
    void aGenuineTokenWithoutAStillwaterRoleIsA403EvenWhereEveryRoleMayRead() {
        answered(403, request(ServiceName.SESSION, "GET", "/api/v1/dev/clock", Caller.WITHOUT_STILLWATER_ROLE));
        answered(403, request(ServiceName.PRESCRIPTION, "GET", "/api/v1/pharmacies", Caller.WITHOUT_STILLWATER_ROLE));
    }

    @Test
    void aNulBeforeThePatientIdOfAWriteIsA400() {
        answered(400, request(ServiceName.SESSION, "POST", "/api/v1/patients/{patientId}/adverse-events", Caller.PATIENT)
                .withPath("patientId", invalid("nul", "%00" + UUID.randomUUID()))
                .with(json("{\"severity\": \"MODERATE\", \"category\": \"HALLUCINATIONS_OR_PSYCHOSIS\"}")));
    }

    @Test
    void anUnknownFieldIsRefusedNotIgnored() {
        answered(400, request(ServiceName.SESSION, "POST", "/api/v1/dev/clock", Caller.OPS)
                .with(mutated("{\"advanceBy\": \"P1D\"}", Mutations.Kind.UNKNOWN_FIELD, "", JSON.getNodeFactory().numberNode(1))));
    }

    @Test
    void aGenuineTokenOfAnotherClientIsA401OnAWrite() {
        answered(401, request(ServiceName.SESSION, "POST", "/api/v1/dev/clock", Caller.FOREIGN_CLIENT).with(json("{\"advanceBy\": \"PT30M\"}")));
    }

    @Test
    void aNumberForADurationIsRefusedNotReadAsSeconds() {
        answered(400, request(ServiceName.SESSION, "POST", "/api/v1/dev/clock", Caller.OPS)
                .with(mutated("{\"advanceBy\": \"PT1H\"}", Mutations.Kind.NUMBER_FOR_STRING, "/advanceBy", JSON.getNodeFactory().numberNode(889))));
    }

    @Test
    void aRepeatedKeyIsA400NotA500() {
        answered(400, request(ServiceName.PRESCRIPTION, "POST", "/api/v1/prescriptions/{prescriptionId}/refills", Caller.PATIENT)
                .with(mutated("{\"onHandOverrideReason\": \"Sacramento\"}", Mutations.Kind.DUPLICATE_KEY, "",
                        JSON.getNodeFactory().textNode("onHandOverrideReason"))));
    }

    @Test
    void aWholeFloatForAnIntegerIsRefusedNotTruncated() {
        answered(400, request(ServiceName.INTAKE, "POST", "/api/v1/patients/{patientId}/intakes", Caller.PARTNER)
                .with(mutated(Bodies.intake("[1,3,2,1,3,2,0,1,1]", "{\"systolic\": 120, \"diastolic\": 80}"),
                        Mutations.Kind.WHOLE_FLOAT_FOR_INTEGER, "/phq9/3", JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1.0")))));
    }

    @Test
    void aNulForAnOptionalIdIsA400NotAnAbsentFilterThatReplaysEveryDeadLetter() {
        answered(400, request(ServiceName.CHECKIN, "POST", "/api/v1/dead-letters/replay", Caller.OPS)
                .with(mutated("{\"patientId\": \"" + ALEX + "\"}", Mutations.Kind.NUL_IN_STRING, "/patientId",
                        JSON.getNodeFactory().textNode("\u0000"))));
    }

    @Test
    void aTokenOfTwoDotsIsAnswered401NotTheOidcParsersFailure() {
        HostileRequest dots = request(ServiceName.SESSION, "POST", "/api/v1/patients/{patientId}/sessions", Caller.MALFORMED)
                .with(json(Bodies.preSessionCheck("{\"systolic\": 120, \"diastolic\": 80}")));
        for (long forgery = 0; forgery < 12; forgery++) {
            answered(401, new HostileRequest(dots.operation(), dots.caller(), forgery, dots.pathValues(), dots.queryValues(), dots.body()));
        }
    }

    @Test
    void aNulInTheQueryIsA401WithoutAToken() {
        answered(401, request(ServiceName.PRESCRIPTION, "GET", "/api/v1/pharmacies/{pharmacyId}/shipments", Caller.NO_TOKEN)
                .withPath("pharmacyId", Part.plain("harbor")).withQuery("status", invalid("nul", "%00")));
    }

    @Test
    void aNulInThePathIsA403ForAGenuineTokenWithoutAStillwaterRole() {
        answered(403, request(ServiceName.PRESCRIPTION, "POST", "/api/v1/shipments/{shipmentId}/dispatch", Caller.WITHOUT_STILLWATER_ROLE)
                .withPath("shipmentId", invalid("nul", "%00"))
                .with(json("{\"carrier\": \"UPS\", \"trackingNumber\": \"1Z999\", \"lotNumber\": \"LOT-1\", \"quantityDispensed\": 4,"
                        + " \"pharmacistInitials\": \"AB\"}")));
    }

    @Test
    void aNulInThePathIsA400AndAudited() {
        answered(400, request(ServiceName.CHECKIN, "POST", "/api/v1/checkins/{checkInId}/completion", Caller.CLINICIAN)
                .withPath("checkInId", invalid("nul", "%00" + UUID.randomUUID()))
                .with(json("{\"outcome\": \"CONTINUE\"}")));
    }

    @Test
    void aNulInAQueryValueIsA400AndAudited() {
        answered(400, request(ServiceName.SESSION, "GET", "/api/v1/patients/{patientId}/adverse-events", Caller.CLINICIAN)
                .withQuery("size", invalid("nul", "1%00")));
    }

    @Test
    void aNulInADurationIsRefusedNotTrimmedAway() {
        Answer answer = answered(400, request(ServiceName.CHECKIN, "POST", "/api/v1/dev/clock", Caller.OPS)
                .with(json("{\"advanceBy\": \"PT30M\\u0000\"}")));
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError(answer.body(), e);
        }
        assertEquals("advanceBy", problem.path("errors").path(0).path("field").asText(), answer.body());
    }
}
