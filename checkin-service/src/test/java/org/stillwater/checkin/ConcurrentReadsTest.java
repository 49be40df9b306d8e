package org.stillwater.checkin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.testing.As;

/**
 * Far more concurrent reads than the connection pool has connections: each is answered and audited. A request
 * that kept its connection while its audit row waited for another would starve the pool (500s under load);
 * a pool of three makes that happen at once instead of only under a benchmark's load.
 */
@QuarkusTest
@TestProfile(ConcurrentReadsTest.SmallPool.class)
class ConcurrentReadsTest {

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "3", "quarkus.datasource.jdbc.acquisition-timeout", "PT3S");
        }
    }

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @Test
    void readsBeyondThePoolSizeAreAllAnsweredAndAudited() throws Exception {
        UUID patient = Api.approvedPatient("CA", clock.instant());
        Api.awaitCheckIn("CA", patient, "ONBOARDING", "EVALUATION_APPROVED");
        String token = As.acme();
        int reads = poolSize * 8;
        Callable<Integer> read = () -> given().auth().oauth2(token).get("/api/v1/patients/{id}/checkins", patient).statusCode();

        ExecutorService callers = Executors.newFixedThreadPool(reads);
        try {
            List<Future<Integer>> answers = callers.invokeAll(IntStream.range(0, reads).mapToObj(i -> read).toList());
            Map<Integer, Long> statuses = answers.stream().map(ConcurrentReadsTest::status)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertEquals(Map.of(200, (long) reads), statuses);
        } finally {
            callers.shutdownNow();
        }
        long audited = auditLog.forPatient(patient).stream()
                .filter(row -> row.action().equals("GET /api/v1/patients/{id}/checkins") && row.actor().equals("service-account-partner-acme"))
                .count();
        assertEquals(reads, audited);
    }

    private static int status(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (Exception failed) {
            return -1;
        }
    }
}
