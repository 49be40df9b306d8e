package org.stillwater.firstmonth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import org.stillwater.contracts.EventJson;

/**
 * Minimal JSON-over-HTTP calls with a bearer token, as a careful client makes them: every write carries an
 * Idempotency-Key, and a call that could not reach the service (connection refused or reset, 502-504) is
 * retried with the same key for a while, so a service restarting mid-call neither loses nor repeats a write.
 */
public final class Api {

    private static final Duration RETRY_FOR = Duration.ofSeconds(90);
    private static final Set<Integer> UNAVAILABLE = Set.of(502, 503, 504);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "first-month-http");
                thread.setDaemon(true);
                return thread;
            }))
            .build();

    public Answer get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET());
    }

    public Answer post(String url, String token, Object body) {
        return post(url, token, body, UUID.randomUUID().toString());
    }

    public Answer post(String url, String token, Object body, String idempotencyKey) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(EventJson.write(body))));
    }

    private Answer send(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        long pauseMillis = 100;
        while (true) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (!UNAVAILABLE.contains(response.statusCode()) || System.nanoTime() > deadline) {
                    JsonNode body = response.body().isBlank() ? NullNode.getInstance() : EventJson.mapper().readTree(response.body());
                    return new Answer(response.statusCode(), body);
                }
            } catch (IOException unreachable) {
                if (System.nanoTime() > deadline) {
                    throw new JourneyFailure(request.method() + " " + request.uri() + " failed: " + unreachable);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JourneyFailure("interrupted");
            }
            pause(pauseMillis);
            pauseMillis = Math.min(2000, pauseMillis * 2);
        }
    }

    private static void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure("interrupted");
        }
    }
}
