package org.stillwater.firstmonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventJson;
import org.stillwater.launcher.keycloak.Tokens;

/**
 * The simulated clock's requests: as constructed it reads the clock before every move; tracking, it reads it once
 * and then knows it from the answers of its moves. Against a stand-in for the services' {@code /api/v1/dev/clock}
 * and the realm's token endpoint, which counts the clock requests.
 */
class SimulatedTimeTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    private HttpServer server;
    private final List<String> clockRequests = new CopyOnWriteArrayList<>();
    private Duration offset = Duration.ZERO;
    private final long startedNanos = System.nanoTime();
    private Endpoints endpoints;
    private Tokens tokens;

    @BeforeEach
    void standIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/stillwater/protocol/openid-connect/token",
                exchange -> answer(exchange, "{\"access_token\":\"token\",\"expires_in\":300}"));
        server.createContext("/", this::clock);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        // the four services at one address, told apart by path prefix
        endpoints = new Endpoints(base + "/intake", base + "/prescription", base + "/session", base + "/checkin", base + "/webhook",
                base + "/realms/stillwater", "127.0.0.1:1");
        tokens = new Tokens(endpoints.realm());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void asConstructedTheClockIsReadBeforeEveryMove() {
        SimulatedTime time = new SimulatedTime(endpoints, tokens, new Api());
        time.advanceTo(time.now().plus(Duration.ofDays(6)));
        time.advanceTo(time.now().plus(Duration.ofHours(72)));
        // now() twice and advanceTo()'s own reading twice, then four services moved twice
        assertEquals(4, count("GET /checkin/api/v1/dev/clock"));
        assertEquals(8, clockRequests.stream().filter(request -> request.startsWith("POST")).count());
    }

    @Test
    void trackingReadsTheClockOnceAndKnowsItFromTheAnswersOfItsMoves() {
        SimulatedTime time = SimulatedTime.tracking(endpoints, tokens, new Api());
        time.advanceTo(time.now().plus(Duration.ofDays(6)));
        time.advanceTo(time.now().plus(Duration.ofHours(72)));
        Instant known = time.now();
        assertEquals(1, count("GET /checkin/api/v1/dev/clock"));
        assertEquals(8, clockRequests.stream().filter(request -> request.startsWith("POST")).count());
        // where the two moves took the clock (give or take the milliseconds of the requests)
        assertFalse(known.isBefore(START.plus(Duration.ofDays(9)).minus(Duration.ofMinutes(1))));
        assertTrue(known.isBefore(START.plus(Duration.ofDays(9)).plus(Duration.ofMinutes(1))));
    }

    @Test
    void trackingNeverMovesTheClockBackwards() {
        SimulatedTime time = SimulatedTime.tracking(endpoints, tokens, new Api());
        time.advanceTo(time.now().minus(Duration.ofHours(1)));
        assertEquals(0, clockRequests.stream().filter(request -> request.startsWith("POST")).count());
    }

    private long count(String request) {
        return clockRequests.stream().filter(request::equals).count();
    }

    /** GET: the clock (running at the real pace from START, plus the moves); POST {"advanceBy"}: moves it and answers the new time. */
    private void clock(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        clockRequests.add(exchange.getRequestMethod() + " " + path);
        if (exchange.getRequestMethod().equals("POST")) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Duration by = Duration.parse(EventJson.mapper().readTree(body).path("advanceBy").asText());
            if (path.startsWith("/checkin/")) {
                offset = offset.plus(by);
            }
        }
        answer(exchange, "{\"now\":\"" + START.plus(offset).plusNanos(System.nanoTime() - startedNanos) + "\",\"offset\":\"" + offset + "\"}");
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
