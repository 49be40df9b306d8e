package org.stillwater.pharmacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.standardwebhooks.Webhook;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stillwater.pharmacy.webhook.WebhookReceiver;

/**
 * The pharmacy's receiving end as it runs: its receiver in front of its inbox on disk, sent to over HTTP as
 * webhook-service sends (retries and redeliveries carry the same webhook-id).
 */
class ShipmentRequestsByWebhookTest {

    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString("pharmacy-secret-of-32-bytes-long".getBytes());

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRequestDeliveredThreeTimesIsRecordedOnceAndAForgedOneNever() throws Exception {
        ShipmentInbox inbox = new ShipmentInbox(directory);
        try (WebhookReceiver receiver = WebhookReceiver.start(0, ReferencePharmacy.RECEIVER_PATH, inbox, line -> { })) {
            receiver.trust(SECRET);
            String id = UUID.randomUUID().toString();
            String body = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"type\":\"" + ReferencePharmacy.SHIPMENT_REQUESTED_TYPE + "\"}";
            for (int delivery = 0; delivery < 3; delivery++) {
                assertEquals(204, post(receiver, id, body, SECRET));
            }
            String forgedId = UUID.randomUUID().toString();
            String otherSecret = "whsec_" + Base64.getEncoder().encodeToString("an-attacker-guessed-this-secret!".getBytes());
            assertEquals(401, post(receiver, forgedId, body.replace(id, forgedId), otherSecret));

            assertEquals(1, inbox.pendingRequests().size());
            assertEquals(body, inbox.read(inbox.pendingRequests().get(0)));
        }
    }

    private int post(WebhookReceiver receiver, String id, String body, String secret) throws Exception {
        long now = Instant.now().getEpochSecond();
        return http.send(HttpRequest.newBuilder(receiver.url())
                        .header("webhook-id", id)
                        .header("webhook-timestamp", Long.toString(now))
                        .header("webhook-signature", new Webhook(secret).sign(id, now, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
