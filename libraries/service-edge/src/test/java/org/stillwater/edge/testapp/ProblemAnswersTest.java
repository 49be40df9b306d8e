package org.stillwater.edge.testapp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.testing.As;

/**
 * Every failure a caller can act on is an RFC 9457 {@code application/problem+json} naming the field or rule that
 * failed (DESIGN §5): a rule's refusal, a constraint, a body strict JSON refuses, a malformed id, a NUL, a token.
 */
@QuarkusTest
class ProblemAnswersTest {

    @Test
    void aRuleRefusalIs422NamingTheRuleAndChangesNothing() {
        UUID patient = UUID.randomUUID();
        Notes.write(Notes.asClinician(), patient, Notes.note("too much", 301)).statusCode(422)
                .contentType(Notes.PROBLEM_JSON)
                .body("type", equalTo("https://stillwater.example/problems/note-refused"))
                .body("title", equalTo("Refused by a rule"))
                .body("status", equalTo(422))
                .body("detail", equalTo("the note breaks 1 rule(s)"))
                .body("instance", equalTo("/api/v1/patients/" + patient + "/notes"))
                .body("errors[0].field", equalTo("doseMg"))
                .body("errors[0].code", equalTo("dose-above-maximum"));
        assertEquals(0L, IdempotentWriteTest.notesOf(patient));
    }

    /** Quarkus' own refusal of a body over quarkus.http.limits.max-body-size (10 MiB) is an empty 413. */
    @Test
    void aBodyLargerThanTheLimitIs413ProblemJsonBeforeItIsRead() throws java.io.IOException {
        String path = "/api/v1/patients/" + UUID.randomUUID() + "/notes";
        String answer;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 20971520\r\n\r\n{\"text\": \"").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // the server answers from the headers alone and closes the connection: the rest of the body is never sent
            answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertBodyTooLarge(answer, path);
    }

    /** Quarkus REST's own refusal of a chunked body over the limit, found while it was read, was an empty 413. */
    @Test
    void aChunkedBodyLargerThanTheLimitIs413ProblemJsonAndTheConnectionCloses() throws java.io.IOException {
        String path = "/api/v1/patients/" + UUID.randomUUID() + "/notes";
        String answer = ChunkedBodies.send(path, ChunkedBodies.unfinishedNoteOf(ChunkedBodies.LIMIT + 1), false);

        assertEquals(false, answer.endsWith(ChunkedBodies.STILL_OPEN), answer);
        assertBodyTooLarge(answer, path);
    }

    /** The raw HTTP answer is a 413 problem+json {@code body-too-large} about {@code path}. */
    private static void assertBodyTooLarge(String answer, String path) {
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertEquals(true, head.startsWith("http/1.1 413"), head);
        assertEquals(true, head.contains("content-type: application/problem+json"), head);
        io.restassured.path.json.JsonPath problem = new io.restassured.path.json.JsonPath(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertEquals("https://stillwater.example/problems/body-too-large", problem.getString("type"));
        assertEquals(413, problem.getInt("status"));
        assertEquals(path, problem.getString("instance"));
    }

    /**
     * A body the endpoint stops reading early (an array where a note is expected) is still read no further than the
     * limit when its stream closes: answered and closed, never read to its end.
     */
    @Test
    void aChunkedBodyRefusedEarlyIsAnsweredAndItsConnectionCloses() throws java.io.IOException {
        String answer = ChunkedBodies.send("/api/v1/patients/" + UUID.randomUUID() + "/notes",
                "[" + "0,".repeat(ChunkedBodies.LIMIT / 2), false);

        assertEquals(false, answer.endsWith(ChunkedBodies.STILL_OPEN), answer);
        assertEquals(true, answer.startsWith("HTTP/1.1 400") || answer.startsWith("HTTP/1.1 413"), answer);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadWhole() throws java.io.IOException {
        UUID patient = UUID.randomUUID();
        String answer = ChunkedBodies.send("/api/v1/patients/" + patient + "/notes", "{\"text\": \"sent in chunks\", \"doseMg\": 200}", true);

        assertEquals(true, answer.startsWith("HTTP/1.1 201"), answer);
        given().auth().oauth2(As.drCalifornia()).get(answer.lines().filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("location:"))
                .findFirst().orElseThrow().substring("location:".length()).strip())
                .then().statusCode(200).body("text", equalTo("sent in chunks")).body("doseMg", equalTo(200));
    }

    @Test
    void aWriteTheRuleAllowsIsStoredAndAnswered201() {
        UUID patient = UUID.randomUUID();
        String location = Notes.write(Notes.asClinician(), patient, Notes.note("at the maximum", 300)).statusCode(201)
                .body("patientId", equalTo(patient.toString()))
                .body("doseMg", equalTo(300))
                .body("writtenBy", equalTo("dr.california"))
                .extract().header("Location");
        given().auth().oauth2(As.drCalifornia()).get(location).then().statusCode(200).body("text", equalTo("at the maximum"));
    }

    @Test
    void aConstraintViolationIs400NamingTheField() {
        Notes.writeJson("{\"text\": \" \", \"doseMg\": 100}").statusCode(400)
                .contentType(Notes.PROBLEM_JSON)
                .body("type", endsWith("/invalid-request"))
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].code", equalTo("not-blank"));
    }

    @Test
    void aNegativeDoseIs400NamingTheField() {
        Notes.writeJson("{\"text\": \"x\", \"doseMg\": -1}").statusCode(400)
                .body("errors[0].field", equalTo("doseMg"))
                .body("errors[0].code", equalTo("min"));
    }

    @Test
    void aMissingFieldIs400NamingIt() {
        Notes.writeJson("{\"text\": \"x\"}").statusCode(400)
                .body("errors[0].field", equalTo("doseMg"))
                .body("errors[0].code", equalTo("not-null"));
    }

    @Test
    void tooLongTextIs400NamingTheField() {
        Notes.writeJson("{\"text\": \"" + "x".repeat(501) + "\", \"doseMg\": 1}").statusCode(400)
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].code", equalTo("size"));
    }

    @Test
    void aMissingBodyIs400() {
        given().auth().oauth2(As.drCalifornia()).contentType(ContentType.JSON)
                .post("/api/v1/patients/{patientId}/notes", UUID.randomUUID()).then().statusCode(400)
                .contentType(Notes.PROBLEM_JSON)
                .body("type", endsWith("/invalid-request"));
    }

    @Test
    void malformedJsonIs400NamingTheBody() {
        Notes.writeJson("{\"text\": \"x\", \"doseMg\": ").statusCode(400)
                .contentType(Notes.PROBLEM_JSON)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].code", equalTo("malformed-json"));
    }

    @Test
    void anUnknownFieldIs400NamingIt() {
        Notes.writeJson("{\"text\": \"x\", \"doseMg\": 1, \"colour\": \"red\"}").statusCode(400)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].code", equalTo("unknown-field"));
    }

    @Test
    void aFloatForAnIntegerIs400NamingTheFieldNotRounded() {
        UUID patient = UUID.randomUUID();
        Notes.write(Notes.asClinician(), patient, "{\"text\": \"x\", \"doseMg\": 100.5}").statusCode(400)
                .body("errors[0].field", equalTo("doseMg"))
                .body("errors[0].code", equalTo("invalid-value"));
        assertEquals(0L, IdempotentWriteTest.notesOf(patient));
    }

    @Test
    void aStringForAnIntegerIs400NamingTheField() {
        Notes.writeJson("{\"text\": \"x\", \"doseMg\": \"100\"}").statusCode(400)
                .body("errors[0].field", equalTo("doseMg"));
    }

    @Test
    void aNumberTooLargeForAnIntegerIs400NamingTheField() {
        Notes.writeJson("{\"text\": \"x\", \"doseMg\": 2147483648}").statusCode(400)
                .body("errors[0].field", equalTo("doseMg"));
    }

    @Test
    void aRepeatedFieldIs400NamingIt() {
        Notes.writeJson("{\"text\": \"x\", \"doseMg\": 1, \"doseMg\": 400}").statusCode(400)
                .body("errors[0].field", equalTo("doseMg"))
                .body("errors[0].code", equalTo("duplicate-field"));
    }

    @Test
    void aNulInTextIs400WithoutEchoingTheText() {
        Notes.writeJson("{\"text\": \"confided\\u0000\", \"doseMg\": 1}").statusCode(400)
                .body("errors[0].field", equalTo("text"))
                .body(not(containsString("confided")));
    }

    @Test
    void unicodeTextIsKeptAsSent() {
        String text = "Zoë 😀 中文 עברית";
        String location = Notes.write(Notes.asClinician(), UUID.randomUUID(), Notes.note(text, 1)).statusCode(201)
                .body("text", equalTo(text)).extract().header("Location");
        given().auth().oauth2(As.drCalifornia()).get(location).then().statusCode(200).body("text", equalTo(text));
    }

    @Test
    void aMalformedIdInThePathIs400NamingTheParameter() {
        given().auth().oauth2(As.drCalifornia()).contentType(ContentType.JSON).body(Notes.note("x", 1))
                .post("/api/v1/patients/{patientId}/notes", "42").then().statusCode(400)
                .body("errors[0].field", equalTo("patientId"))
                .body("errors[0].code", equalTo("not-a-uuid"));
    }

    @Test
    void aNulInThePathIs400() {
        given().auth().oauth2(As.drCalifornia()).urlEncodingEnabled(false).get("/api/v1/notes/%00").then().statusCode(400)
                .contentType(Notes.PROBLEM_JSON)
                .body("errors[0].code", equalTo("nul-character"));
    }

    @Test
    void anUnknownRecordIs404() {
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/notes/{noteId}", UUID.randomUUID()).then().statusCode(404)
                .contentType(Notes.PROBLEM_JSON)
                .body("type", endsWith("/not-found"));
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        given().auth().oauth2(As.drCalifornia()).contentType(ContentType.TEXT).body("a note")
                .post("/api/v1/patients/{patientId}/notes", UUID.randomUUID()).then().statusCode(415)
                .contentType(Notes.PROBLEM_JSON);
    }

    @Test
    void aMethodTheEndpointDoesNotServeIs405() {
        given().auth().oauth2(As.drCalifornia()).delete("/api/v1/notes/{noteId}", UUID.randomUUID()).then().statusCode(405)
                .contentType(Notes.PROBLEM_JSON);
    }

    @Test
    void noTokenIs401WithABearerChallenge() {
        given().contentType(ContentType.JSON).body(Notes.note("x", 1))
                .post("/api/v1/patients/{patientId}/notes", UUID.randomUUID()).then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(Notes.PROBLEM_JSON)
                .body("type", endsWith("/unauthenticated"));
    }

    @Test
    void aForgedTokenIs401() {
        String genuine = As.drCalifornia();
        String[] parts = genuine.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(forged).get("/api/v1/notes/{noteId}", UUID.randomUUID()).then().statusCode(401)
                .contentType(Notes.PROBLEM_JSON);
    }

    @Test
    void aRoleThatMayNotCallIs403() {
        given().auth().oauth2(As.pharmSunrise()).contentType(ContentType.JSON).body(Notes.note("x", 1))
                .post("/api/v1/patients/{patientId}/notes", UUID.randomUUID()).then().statusCode(403)
                .contentType(Notes.PROBLEM_JSON)
                .body("type", endsWith("/forbidden"));
    }
}
