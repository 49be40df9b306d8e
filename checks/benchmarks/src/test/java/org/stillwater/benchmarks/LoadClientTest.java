package org.stillwater.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
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
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            exchange.sendResponseHeaders(201, -1);
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
        try (LoadClient client = new LoadClient()) {
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
        try (LoadClient client = new LoadClient()) {
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
        try (LoadClient client = new LoadClient()) {
            List<CompletableFuture<LoadClient.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 3 * LoadClient.CONNECTIONS; i++) {
                answers.add(client.post(base + "/slow", null, "{}"));
            }
            answers.forEach(answer -> assertEquals(201, answer.join().statusCode()));
        }
        // without the bound all 48 are in the server at once
        assertTrue(mostInFlight.get() <= LoadClient.CONNECTIONS, mostInFlight.get() + " requests in the server at once");
    }

    @Test
    void aServerThatNeverAnswersIsATimeout() {
        try (LoadClient client = new LoadClient(Duration.ofMillis(500))) {
            CompletionException failed = assertThrows(CompletionException.class,
                    () -> client.post(base + "/silent", null, "{}").join());
            assertInstanceOf(TimeoutException.class, failed.getCause());
        }
    }
}
