package org.stillwater.edge.testapp;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stillwater.testing.As;

/**
 * DESIGN §5: a write endpoint honours {@code Idempotency-Key}. A retry with the same key and body returns the first
 * answer and changes nothing; the same key with another request is a 422; keys belong to their caller.
 */
@QuarkusTest
class IdempotentWriteTest {

    private static final String REPLAYED = "Idempotent-Replayed";

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstAnswerAndChangesNothing() {
        UUID patient = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = Notes.write(patient, key, Notes.note("first visit", 100))
                .statusCode(201).header(REPLAYED, nullValue()).extract();

        ExtractableResponse<Response> retry = Notes.write(patient, key, Notes.note("first visit", 100))
                .statusCode(201).header(REPLAYED, equalTo("true")).extract();

        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals(1L, notesOf(patient));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused422AndChangesNothing() {
        UUID patient = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Notes.write(patient, key, Notes.note("first visit", 100)).statusCode(201);

        Notes.write(patient, key, Notes.note("first visit", 200)).statusCode(422)
                .contentType(Notes.PROBLEM_JSON)
                .body("type", endsWith("/idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].code", equalTo("idempotency-key-reused"));
        assertEquals(1L, notesOf(patient));
    }

    @Test
    void theSameKeyAndBodyForAnotherPatientIsRefused422() {
        UUID patient = UUID.randomUUID();
        UUID another = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Notes.write(patient, key, Notes.note("first visit", 100)).statusCode(201);

        Notes.write(another, key, Notes.note("first visit", 100)).statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        assertEquals(0L, notesOf(another));
    }

    @Test
    void aKeyBelongsToItsCallerSoAnotherCallersSameKeyIsAWriteOfItsOwn() {
        UUID patient = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Notes.write(patient, key, Notes.note("first visit", 100)).statusCode(201);

        Notes.write(Notes.asClinician().auth().oauth2(As.drTexas()).header("Idempotency-Key", key), patient, Notes.note("first visit", 100))
                .statusCode(201).header(REPLAYED, nullValue()).body("writtenBy", equalTo("dr.texas"));
        assertEquals(2L, notesOf(patient));
    }

    @Test
    void concurrentRetriesWithTheSameKeyWriteOnceAndAllGetTheFirstAnswer() throws Exception {
        UUID patient = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String token = As.drCalifornia();
        Callable<ExtractableResponse<Response>> retry = () -> Notes.write(Notes.asClinician().auth().oauth2(token)
                .header("Idempotency-Key", key), patient, Notes.note("first visit", 100)).extract();
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Future<ExtractableResponse<Response>>> answers = callers.invokeAll(IntStream.range(0, 6).mapToObj(i -> retry).toList());
            List<String> locations = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                assertEquals(201, answer.get().statusCode(), answer.get().body().asString());
                locations.add(answer.get().header("Location"));
            }
            assertEquals(1L, locations.stream().distinct().count(), "every caller got the one note: " + locations);
            assertEquals(5L, answers.stream().filter(answer -> "true".equals(get(answer).header(REPLAYED))).count());
        } finally {
            callers.shutdownNow();
        }
        assertEquals(1L, notesOf(patient));
    }

    @Test
    void aRefusedWriteStoresNoAnswerSoItsRetryIsDecidedAgain() {
        UUID patient = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Notes.write(patient, key, Notes.note("too much", 301)).statusCode(422).body("type", endsWith("/note-refused"));

        Notes.write(patient, key, Notes.note("too much", 301)).statusCode(422).header(REPLAYED, nullValue())
                .body("type", endsWith("/note-refused"));
        assertEquals(0L, notesOf(patient));
    }

    @Test
    void aBlankKeyIsRefused400NamingTheHeader() {
        Notes.write(UUID.randomUUID(), " ", Notes.note("first visit", 100)).statusCode(400)
                .contentType(Notes.PROBLEM_JSON)
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].code", equalTo("invalid-idempotency-key"));
    }

    @Test
    void aKeyLongerThan255CharactersIsRefused400() {
        UUID patient = UUID.randomUUID();
        Notes.write(patient, "k".repeat(256), Notes.note("first visit", 100)).statusCode(400)
                .body("errors[0].code", equalTo("invalid-idempotency-key"));
        String longest = UUID.randomUUID() + "k".repeat(255 - 36);
        Notes.write(patient, longest, Notes.note("first visit", 100)).statusCode(201);
    }

    @Test
    void aWriteWithoutAKeyIsDoneEachTime() {
        UUID patient = UUID.randomUUID();
        Notes.write(Notes.asClinician(), patient, Notes.note("first visit", 100)).statusCode(201);
        Notes.write(Notes.asClinician(), patient, Notes.note("first visit", 100)).statusCode(201);

        assertEquals(2L, notesOf(patient));
    }

    private static ExtractableResponse<Response> get(Future<ExtractableResponse<Response>> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long notesOf(UUID patient) {
        return QuarkusTransaction.requiringNew().call(() -> Note.count("patientId", patient));
    }
}
