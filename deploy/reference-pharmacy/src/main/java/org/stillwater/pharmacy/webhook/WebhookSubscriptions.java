package org.stillwater.pharmacy.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.stillwater.contracts.EventJson;

/**
 * A client's side of webhook-service's {@code /api/v1/webhook-subscriptions}: subscribe (the 201 carries the signing
 * secret, shown only then), pause while the receiver is stopped, resume at a new address, unsubscribe. While webhook-service cannot be reached (starting, restarting: connection
 * refused, 502-504) a call is retried for up to {@link #RETRY_FOR}, with the same Idempotency-Key, so a retried
 * subscription is created once.
 */
public final class WebhookSubscriptions {

    static final Duration RETRY_FOR = Duration.ofSeconds(60);

    /** A subscription just created: its id and its signing secret. */
    public record Subscribed(UUID id, String signingSecret) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String webhookServiceUrl;

    /** @param webhookServiceUrl where webhook-service answers, e.g. http://127.0.0.1:8085 */
    public WebhookSubscriptions(String webhookServiceUrl) {
        this.webhookServiceUrl = webhookServiceUrl;
    }

    /** Subscribes the caller of {@code token} to {@code eventTypes} (empty: every type its role may receive) at {@code url}. */
    public Subscribed subscribe(String token, URI url, List<String> eventTypes, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url.toString());
        body.put("eventTypes", eventTypes);
        body.put("description", description);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(webhookServiceUrl + "/api/v1/webhook-subscriptions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(EventJson.write(body))));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("webhook-service refused the subscription to " + url + ": " + response.statusCode() + " " + response.body());
        }
        try {
            JsonNode created = EventJson.mapper().readTree(response.body());
            return new Subscribed(UUID.fromString(created.path("id").asText()), created.path("signingSecret").asText());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("webhook-service answered the subscription with " + response.body(), e);
        }
    }

    /**
     * Pauses the subscription: webhook-service queues its deliveries, in order, until it is resumed. True when paused
     * (200); false when it no longer exists (404).
     */
    public boolean pause(String token, UUID subscriptionId) {
        return patch(token, subscriptionId, Map.of("status", "PAUSED")).statusCode() == 200;
    }

    /**
     * Resumes a subscription this client made before, now received at {@code url}: a new signing secret first (the
     * secret is shown only when issued, and the old one is not kept on disk; no overlap, as nothing is delivered
     * while paused), then the address and {@code ACTIVE} in one merge patch, so the deliveries queued meanwhile
     * go out signed with the new secret. Empty when the subscription no longer exists (deleted, or another
     * platform's): subscribe again.
     */
    public Optional<Subscribed> resume(String token, UUID subscriptionId, URI url) {
        HttpResponse<String> rotated = send(HttpRequest.newBuilder(
                        URI.create(webhookServiceUrl + "/api/v1/webhook-subscriptions/" + subscriptionId + "/secret-rotations"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"overlapHours\":0}")));
        if (rotated.statusCode() == 404) {
            return Optional.empty();
        }
        if (rotated.statusCode() != 201) {
            throw new IllegalStateException("webhook-service refused a new secret for subscription " + subscriptionId + ": "
                    + rotated.statusCode() + " " + rotated.body());
        }
        String signingSecret = field(rotated, "signingSecret");
        HttpResponse<String> resumed = patch(token, subscriptionId, Map.of("url", url.toString(), "status", "ACTIVE"));
        if (resumed.statusCode() == 404) {
            return Optional.empty();
        }
        if (resumed.statusCode() != 200) {
            throw new IllegalStateException("webhook-service refused to resume subscription " + subscriptionId + " at " + url + ": "
                    + resumed.statusCode() + " " + resumed.body());
        }
        return Optional.of(new Subscribed(subscriptionId, signingSecret));
    }

    /** Deletes the subscription: no more deliveries. True when deleted now or before (404: gone already). */
    public boolean unsubscribe(String token, UUID subscriptionId) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(webhookServiceUrl + "/api/v1/webhook-subscriptions/" + subscriptionId))
                .header("Authorization", "Bearer " + token)
                .DELETE());
        return response.statusCode() == 204 || response.statusCode() == 404;
    }

    private HttpResponse<String> patch(String token, UUID subscriptionId, Map<String, Object> mergePatch) {
        return send(HttpRequest.newBuilder(URI.create(webhookServiceUrl + "/api/v1/webhook-subscriptions/" + subscriptionId))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(EventJson.write(mergePatch))));
    }

    private static String field(HttpResponse<String> response, String name) {
        try {
            JsonNode answer = EventJson.mapper().readTree(response.body());
            if (!answer.path(name).isTextual()) {
                throw new IllegalStateException("webhook-service answered without " + name + ": " + response.body());
            }
            return answer.path(name).asText();
        } catch (IOException e) {
            throw new IllegalStateException("webhook-service answered with " + response.body(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        Instant giveUp = Instant.now().plus(RETRY_FOR);
        long pauseMillis = 200;
        while (true) {
            try {
                HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (!List.of(502, 503, 504).contains(response.statusCode()) || Instant.now().isAfter(giveUp)) {
                    return response;
                }
            } catch (IOException unreachable) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("webhook-service at " + webhookServiceUrl + " not reachable: " + unreachable, unreachable);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while calling webhook-service", e);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while calling webhook-service", e);
            }
            pauseMillis = Math.min(2000, pauseMillis * 2);
        }
    }
}
