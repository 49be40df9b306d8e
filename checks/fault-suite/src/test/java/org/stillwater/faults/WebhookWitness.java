package org.stillwater.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.stillwater.contracts.EventJson;
import org.stillwater.pharmacy.webhook.WebhookReceiver;
import org.stillwater.pharmacy.webhook.WebhookSubscriptions;

/**
 * Partner acme's webhook receiver during the run, subscribed through webhook-service's API to every event of its
 * patients before the first journey starts (a subscription gets only what arrives after it). Every request is
 * verified with the Standard Webhooks library ({@link WebhookReceiver}: a bad signature is answered 401 and never
 * recorded) and kept, a repeated {@code webhook-id} too, so the suite can tell what was lost, what came twice and
 * whether the second copy is the documented kind (same {@code webhook-id}, same body).
 */
final class WebhookWitness implements AutoCloseable {

    /** One verified request, in the order received. */
    record Receipt(String webhookId, String body, UUID eventId, String patient, String type) {
    }

    private static final String PATH = "/fault-suite/webhooks";

    private final List<Receipt> receipts = new ArrayList<>();
    private final Set<String> webhookIds = new HashSet<>();
    private final WebhookReceiver receiver;
    private final WebhookSubscriptions subscriptions;
    /** The partner's token, fetched again when it nears its expiry (the run outlasts one token). */
    private final Supplier<String> partnerToken;
    private final WebhookSubscriptions.Subscribed subscription;

    /** Starts the receiver on a free loopback port and subscribes the partner of {@code partnerToken} to every type it may receive. */
    WebhookWitness(String webhookServiceUrl, Supplier<String> partnerToken, Consumer<String> log) throws IOException {
        this.partnerToken = partnerToken;
        this.receiver = WebhookReceiver.start(0, PATH, this::record, log);
        this.subscriptions = new WebhookSubscriptions(webhookServiceUrl);
        try {
            this.subscription = subscriptions.subscribe(partnerToken.get(), receiver.url(), List.of(), "fault suite: every event of acme's patients");
        } catch (RuntimeException refused) {
            receiver.close();
            throw refused;
        }
        receiver.trust(subscription.signingSecret());
    }

    /** The receiver's inbox: called once a request's signature is verified; keeps it even when its webhook-id came before. */
    private synchronized boolean record(String webhookId, String body) throws IOException {
        JsonNode event = EventJson.mapper().readTree(body);
        receipts.add(new Receipt(webhookId, body, UUID.fromString(event.path("id").asText()), event.path("subject").asText(),
                event.path("type").asText()));
        return webhookIds.add(webhookId);
    }

    synchronized List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    /** The distinct event ids received so far. */
    synchronized Set<UUID> receivedEventIds() {
        Set<UUID> ids = new HashSet<>();
        receipts.forEach(receipt -> ids.add(receipt.eventId()));
        return ids;
    }

    /** Requests refused for their signature: each one a delivery that was not what the subscription's secret signs. */
    long refused() {
        return receiver.refused();
    }

    @Override
    public void close() {
        try {
            subscriptions.unsubscribe(partnerToken.get(), subscription.id());
        } finally {
            receiver.close();
        }
    }
}
