package org.stillwater.firstmonth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.stillwater.contracts.EventJson;
import org.stillwater.pharmacy.webhook.WebhookReceiver;

/**
 * The events a partner's webhook subscription brings, as the journey waits for them: the inbox of a
 * {@link WebhookReceiver} (every request verified before it gets here; a {@code webhook-id} seen before is not
 * recorded twice), kept in the order received, each event handed to at most one {@link #await} call.
 */
public final class WebhookArrivals implements Arrivals, WebhookReceiver.Inbox {

    private final Set<String> webhookIds = new HashSet<>();
    private final List<JsonNode> events = new ArrayList<>();
    private final Set<String> handedOut = new HashSet<>();

    @Override
    public synchronized boolean record(String webhookId, String body) throws IOException {
        if (webhookIds.contains(webhookId)) {
            return false;
        }
        events.add(EventJson.mapper().readTree(body));
        webhookIds.add(webhookId);
        notifyAll();
        return true;
    }

    @Override
    public synchronized Optional<JsonNode> await(UUID patientId, Expected expected, Patience patience) {
        Instant began = Instant.now();
        while (true) {
            for (JsonNode event : events) {
                if (event.path("subject").asText().equals(patientId.toString()) && event.path("type").asText().equals(expected.type())
                        && expected.data().test(event.path("data")) && handedOut.add(event.path("id").asText())) {
                    return Optional.of(event.path("data"));
                }
            }
            if (patience.exhausted(began)) {
                throw new JourneyFailure("waited " + Duration.between(began, Instant.now()).toSeconds() + " s for " + expected.description()
                        + " to arrive by webhook; " + events.size() + " event(s) arrived so far");
            }
            try {
                wait(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JourneyFailure("interrupted while waiting for " + expected.description());
            }
        }
    }

    /** The events received so far (each webhook-id once). */
    public synchronized int received() {
        return events.size();
    }
}
