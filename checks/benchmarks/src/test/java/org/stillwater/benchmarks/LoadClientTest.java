package org.stillwater.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The workloads' client sends what a partner would and gives back the status and body, or a timeout. */
class LoadClientTest {

    private final Map<String, List<String>> lastHeaders = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile CountDownLatch arrived = new CountDownLatch(LoadClient.DEFAULT_CONNECTIONS);
    private HttpServer server;
    private String base;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            lastHeaders.putAll(exchange.getRequestHeaders());
            exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 201 : 405, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            exchange.getRequestBody().readAllBytes();
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            arrived.countDown();
            try {
                // held until the client's whole pool is here (or 2 s), so that a loaded machine still sees them at once
                arrived.await(2, TimeUnit.SECONDS);
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.createContext("/stalling", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(201, 100);
            exchange.getResponseBody().write("{\"sessionId\":".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/silent", exchange -> {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        released.countDown();
        server.stop(0);
    }

    @Test
    void aPostReturnsTheStatusAndTheBodyReadAsUtf8() {
        String json = "{\"journal\":\"calme, 平静 ✓\"}";
        try (LoadClient client = new LoadClient(LoadClient.DEFAULT_CONNECTIONS)) {
            LoadClient.Answer answer = client.post(base + "/echo", "a.b.c", json).join();
            assertEquals(201, answer.statusCode());
            assertEquals(json, answer.body());
        }
        assertEquals(List.of("application/json"), lastHeaders.get("Content-type"));
        assertEquals(List.of("Bearer a.b.c"), lastHeaders.get("Authorization"));
        assertEquals(36, lastHeaders.get("Idempotency-key").get(0).length());
    }

    @Test
    void eachPostHasItsOwnIdempotencyKey() {
        try (LoadClient client = new LoadClient(LoadClient.DEFAULT_CONNECTIONS)) {
            client.post(base + "/echo", null, "{}").join();
            String first = lastHeaders.get("Idempotency-key").get(0);
            client.post(base + "/echo", null, "{}").join();
            assertEquals(1, lastHeaders.get("Idempotency-key").size());
            assertNotEquals(first, lastHeaders.get("Idempotency-key").get(0));
        }
        assertNull(lastHeaders.get("Authorization"));
    }

    @Test
    void requestsBeyondTheConnectionsWaitForOneInsteadOfOpeningMore() {
        // Vert.x's own default is 5; without a bound all 48 would be in the server at once
        assertEquals(LoadClient.DEFAULT_CONNECTIONS, mostInTheServerAtOnce(LoadClient.DEFAULT_CONNECTIONS, 3 * LoadClient.DEFAULT_CONNECTIONS));
    }

    @Test
    void aClientOfFourConnectionsKeepsAtMostFourRequestsInTheServer() {
        assertEquals(4, mostInTheServerAtOnce(4, 12));
    }

    @Test
    void aClientNeedsAtLeastOneConnection() {
        assertThrows(IllegalArgumentException.class, () -> new LoadClient(0));
    }

    @Test
    void anAnswerSaysWhenItsRequestWasWrittenAfterWaitingForAConnection() {
        try (LoadClient client = new LoadClient(LoadClient.DEFAULT_CONNECTIONS)) {
            long handed = System.nanoTime();
            List<CompletableFuture<LoadClient.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 2 * LoadClient.DEFAULT_CONNECTIONS; i++) {
                answers.add(client.post(base + "/slow", null, "{}"));
            }
            long lastWritten = answers.stream().mapToLong(answer -> answer.join().writtenNanos()).max().orElseThrow();
            // the second 16 waited for the first 16's answers (50 ms at least)
            assertTrue(lastWritten - handed >= TimeUnit.MILLISECONDS.toNanos(50), (lastWritten - handed) / 1e6 + " ms");
        }
    }

    @Test
    void aBodyThatStallsAfterItsHeadersIsATimeout() {
        try (LoadClient client = new LoadClient(LoadClient.DEFAULT_CONNECTIONS, Duration.ofMillis(500))) {
            // a hang, not a failure, where only Vert.x's idle timeout guards (it stops at the headers)
            assertTimesOut(client.post(base + "/stalling", null, "{}"));
        }
    }

    @Test
    void aRequestWaitingForABusyConnectionTimesOut() {
        try (LoadClient client = new LoadClient(LoadClient.DEFAULT_CONNECTIONS, Duration.ofMillis(500))) {
            List<CompletableFuture<LoadClient.Answer>> waiting = new ArrayList<>();
            for (int i = 0; i <= LoadClient.DEFAULT_CONNECTIONS; i++) {
                waiting.add(client.post(base + "/silent", null, "{}"));
            }
            waiting.forEach(LoadClientTest::assertTimesOut);
        }
    }

    @Test
    void aClosedLoopAgainstARefusedPortCountsFailuresUntilItsDeadline() throws Exception {
        int refused;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refused = socket.getLocalPort();
        }
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger answers = new AtomicInteger();
        try (LoadClient client = new LoadClient(LoadClient.DEFAULT_CONNECTIONS)) {
            long began = System.nanoTime();
            client.closedLoop("http://127.0.0.1:" + refused + "/inserts", "{}", 4, began + TimeUnit.MILLISECONDS.toNanos(300),
                    (sent, answer, failure) -> (failure != null ? failures : answers).incrementAndGet());
            assertTrue(System.nanoTime() - began < TimeUnit.SECONDS.toNanos(5));
        }
        assertEquals(0, answers.get());
        assertTrue(failures.get() >= 4, failures + " failures");
    }

    @Test
    void aServerThatNeverAnswersIsATimeout() {
        try (LoadClient client = new LoadClient(LoadClient.DEFAULT_CONNECTIONS, Duration.ofMillis(500))) {
            assertTimesOut(client.post(base + "/silent", null, "{}"));
        }
    }

    /** Sends {@code requests} to the slow endpoint through a client of {@code connections}; the most the server held at once. */
    private int mostInTheServerAtOnce(int connections, int requests) {
        arrived = new CountDownLatch(connections);
        try (LoadClient client = new LoadClient(connections)) {
            List<CompletableFuture<LoadClient.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(client.post(base + "/slow", null, "{}"));
            }
            answers.forEach(answer -> assertEquals(201, answer.join().statusCode()));
        }
        return mostInFlight.get();
    }

    /** The answer fails with a {@link TimeoutException}, within 10 s (a preemptive guard: without the client's deadline it would hang). */
    private static void assertTimesOut(CompletableFuture<LoadClient.Answer> answer) {
        CompletionException failed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(CompletionException.class, answer::join));
        assertInstanceOf(TimeoutException.class, failed.getCause());
    }
}
