package org.stillwater.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.stillwater.contracts.EventJson;
import org.stillwater.firstmonth.Arrivals;
import org.stillwater.firstmonth.JourneyFailure;
import org.stillwater.firstmonth.Patience;
import org.stillwater.pharmacy.webhook.WebhookReceiver;

/**
 * The events of the journey cohort's one webhook subscription, dispatched to each patient by the event's subject:
 * a patient's step waits only on its own patient's events (one lock per patient, so a cohort does not contend on one
 * inbox). Every first arrival of a {@code webhook-id} is also noted with this machine's wall time as the receiver
 * is about to answer 2xx, for the webhook hop (see {@link WebhookHop}).
 */
final class CohortArrivals implements Arrivals, WebhookReceiver.Inbox {

    /** One event received for the first time: its webhook-id (the CloudEvent id) and when it arrived. */
    record Arrival(String webhookId, Instant at) {
    }

    /** The events of one patient, in the order received, each handed to at most one {@link #await} call. */
    private static final class PatientEvents {
        final List<JsonNode> events = new ArrayList<>();
        final Set<String> handedOut = new HashSet<>();
    }

    private final Map<String, PatientEvents> byPatient = new HashMap<>();
    private final Set<String> webhookIds = new HashSet<>();
    private final List<Arrival> arrivals = new ArrayList<>();

    @Override
    public boolean record(String webhookId, String body) throws IOException {
        JsonNode event = EventJson.mapper().readTree(body);
        Instant at = Instant.now();
        synchronized (this) {
            if (!webhookIds.add(webhookId)) {
                return false;
            }
            arrivals.add(new Arrival(webhookId, at));
        }
        PatientEvents patient = patient(event.path("subject").asText());
        synchronized (patient) {
            patient.events.add(event);
            patient.notifyAll();
        }
        return true;
    }

    @Override
    public Optional<JsonNode> await(UUID patientId, Expected expected, Patience patience) {
        PatientEvents patient = patient(patientId.toString());
        Instant began = Instant.now();
        synchronized (patient) {
            while (true) {
                for (JsonNode event : patient.events) {
                    if (event.path("type").asText().equals(expected.type()) && expected.data().test(event.path("data"))
                            && patient.handedOut.add(event.path("id").asText())) {
                        return Optional.of(event.path("data"));
                    }
                }
                if (patience.exhausted(began)) {
                    throw new JourneyFailure("waited " + Duration.between(began, Instant.now()).toSeconds() + " s for " + expected.description()
                            + " to arrive by webhook; " + patient.events.size() + " event(s) about this patient arrived so far");
                }
                try {
                    patient.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new JourneyFailure("interrupted while waiting for " + expected.description());
                }
            }
        }
    }

    /** Every event received so far (each webhook-id once), with its arrival time. */
    synchronized List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    private synchronized PatientEvents patient(String subject) {
        return byPatient.computeIfAbsent(subject, key -> new PatientEvents());
    }
}
