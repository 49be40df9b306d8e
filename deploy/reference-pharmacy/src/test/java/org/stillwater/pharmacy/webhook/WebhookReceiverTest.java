package org.stillwater.pharmacy.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.standardwebhooks.Webhook;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real receiver on the loopback address, sent to over HTTP with requests signed as webhook-service signs them
 * (the Standard Webhooks library's {@code sign(id, timestamp, body)}).
 */
class WebhookReceiverTest {

    private static final String SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String OTHER_SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
    private static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"e7\",\"type\":\"stillwater.ShipmentRequested.v1\"}";

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> recorded = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private WebhookReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = WebhookReceiver.start(0, "/hooks", (webhookId, body) -> {
            if (!ids.add(webhookId)) {
                return false;
            }
            recorded.add(body);
            return true;
        }, line -> { });
        receiver.trust(SECRET);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void aRequestSignedWithTheSubscriptionsSecretIsRecordedThenAcknowledged() throws Exception {
        String id = UUID.randomUUID().toString();
        assertEquals(204, post(id, Instant.now().getEpochSecond(), BODY, sign(SECRET, id, Instant.now().getEpochSecond(), BODY)));
        assertEquals(List.of(BODY), recorded);
        assertEquals(1, receiver.recorded());
    }

    @Test
    void aForgedSignatureIsRefusedWith401AndNothingIsRecorded() throws Exception {
        String id = UUID.randomUUID().toString();
        long now = Instant.now().getEpochSecond();
        assertEquals(401, post(id, now, BODY, sign(OTHER_SECRET, id, now, BODY)));
        assertEquals(401, post(id, now, BODY, "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        assertEquals(List.of(), recorded);
        assertEquals(2, receiver.refused());
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() throws Exception {
        String id = UUID.randomUUID().toString();
        long now = Instant.now().getEpochSecond();
        assertEquals(401, post(id, now, BODY.replace("e7", "e8"), sign(SECRET, id, now, BODY)));
        assertEquals(List.of(), recorded);
    }

    @Test
    void aReplayOutsideTheLibrarysToleranceIsRefusedThoughItsSignatureIsValid() throws Exception {
        String id = UUID.randomUUID().toString();
        long tenMinutesAgo = Instant.now().minusSeconds(600).getEpochSecond();
        assertEquals(401, post(id, tenMinutesAgo, BODY, sign(SECRET, id, tenMinutesAgo, BODY)));
        long tenMinutesAhead = Instant.now().plusSeconds(600).getEpochSecond();
        assertEquals(401, post(id, tenMinutesAhead, BODY, sign(SECRET, id, tenMinutesAhead, BODY)));
        assertEquals(List.of(), recorded);
    }

    @Test
    void theSameWebhookIdIsRecordedOnceAndAcknowledgedEveryTime() throws Exception {
        String id = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 3; attempt++) {
            long now = Instant.now().getEpochSecond();
            assertEquals(204, post(id, now, BODY, sign(SECRET, id, now, BODY)));
        }
        assertEquals(List.of(BODY), recorded);
        assertEquals(2, receiver.duplicates());
    }

    @Test
    void duringASecretRotationEitherSignatureIsAccepted() throws Exception {
        String id = UUID.randomUUID().toString();
        long now = Instant.now().getEpochSecond();
        assertEquals(204, post(id, now, BODY, sign(OTHER_SECRET, id, now, BODY) + " " + sign(SECRET, id, now, BODY)));
    }

    @Test
    void aRequestWithoutTheSignatureHeadersIsRefused() throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(receiver.url())
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(401, response.statusCode());
    }

    @Test
    void untilTheSecretIsKnownRequestsAreAnswered503SoTheSenderRetries() throws Exception {
        try (WebhookReceiver fresh = WebhookReceiver.start(0, "/hooks", (webhookId, body) -> true, line -> { })) {
            String id = UUID.randomUUID().toString();
            long now = Instant.now().getEpochSecond();
            HttpResponse<Void> response = http.send(request(fresh.url(), id, now, BODY, sign(SECRET, id, now, BODY)),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(503, response.statusCode());
        }
    }

    @Test
    void anInboxThatCannotRecordMakesTheSenderRetry() throws Exception {
        try (WebhookReceiver failing = WebhookReceiver.start(0, "/hooks", (webhookId, body) -> {
            throw new java.io.IOException("disk full");
        }, line -> { })) {
            failing.trust(SECRET);
            String id = UUID.randomUUID().toString();
            long now = Instant.now().getEpochSecond();
            assertEquals(500, http.send(request(failing.url(), id, now, BODY, sign(SECRET, id, now, BODY)),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }

    @Test
    void onlyPostIsAcceptedAndBodiesOverOneMebibyteAreRefused() throws Exception {
        assertEquals(405, http.send(HttpRequest.newBuilder(receiver.url()).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        String huge = "x".repeat(WebhookReceiver.MAX_BODY_BYTES + 1);
        String id = UUID.randomUUID().toString();
        long now = Instant.now().getEpochSecond();
        assertEquals(413, post(id, now, huge, sign(SECRET, id, now, huge)));
        assertEquals(List.of(), recorded);
    }

    @Test
    void theReceiverListensOnTheLoopbackAddressOnly() {
        assertEquals("127.0.0.1", receiver.url().getHost());
    }

    private int post(String id, long timestamp, String body, String signature) throws Exception {
        return http.send(request(receiver.url(), id, timestamp, body, signature), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest request(URI url, String id, long timestamp, String body, String signature) {
        return HttpRequest.newBuilder(url)
                .header("Content-Type", "application/cloudevents+json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String sign(String secret, String id, long timestamp, String body) throws Exception {
        return new Webhook(secret).sign(id, timestamp, body);
    }
}
