package org.stillwater.edge.testapp;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;

/**
 * A request that finds no free database connection within the pool's acquisition timeout is answered 503 with a
 * Retry-After (the service is busy, nothing was changed), audited, and the same write succeeds once a connection is
 * free. A pool of two connections (Flyway needs two at start), both held by the test, makes the overload happen at
 * once.
 */
@QuarkusTest
@TestProfile(BusyDatabaseTest.TwoConnections.class)
class BusyDatabaseTest {

    private static final int POOL_SIZE = 2;

    public static class TwoConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", String.valueOf(POOL_SIZE),
                    "quarkus.datasource.jdbc.acquisition-timeout", "PT1S",
                    "stillwater.outbox.relay.enabled", "false");
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    AuditLog auditLog;

    @Test
    void aWriteThatFindsNoFreeConnectionIsA503WithRetryAfterAndSucceedsLater() throws Exception {
        UUID patient = UUID.randomUUID();
        CountDownLatch held = new CountDownLatch(POOL_SIZE);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holders = Executors.newFixedThreadPool(POOL_SIZE);
        List<Future<?>> holding = IntStream.range(0, POOL_SIZE).<Future<?>>mapToObj(i -> holders.submit(() ->
                QuarkusTransaction.requiringNew().run(() -> {
                    entityManager.createNativeQuery("select 1").getSingleResult();
                    held.countDown();
                    await(release);
                }))).toList();
        try {
            assertTrue(held.await(30, TimeUnit.SECONDS), "the test holds every connection of the pool");
            Notes.write(Notes.asClinician(), patient, Notes.note("busy", 100))
                    .statusCode(503)
                    .header("Retry-After", "2")
                    .contentType(Notes.PROBLEM_JSON)
                    .body("type", equalTo("https://stillwater.example/problems/service-busy"));
        } finally {
            release.countDown();
            for (Future<?> holder : holding) {
                holder.get(30, TimeUnit.SECONDS);
            }
            holders.shutdown();
        }

        Notes.write(Notes.asClinician(), patient, Notes.note("busy", 100)).statusCode(201);
        List<Integer> statuses = auditLog.forPatient(patient).stream().map(AuditRecord::status).toList();
        assertEquals(List.of(503, 201), statuses);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
