package org.stillwater.webhook.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stillwater.webhook.delivery.WebhookFixtures.checkInScheduled;
import static org.stillwater.webhook.delivery.WebhookFixtures.intake;
import static org.stillwater.webhook.delivery.WebhookFixtures.sessionStarted;
import static org.stillwater.webhook.delivery.WebhookFixtures.shipmentRequested;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventData;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.TestEvents;
import org.stillwater.webhook.delivery.WebhookFixtures.Subscribed;
import org.stillwater.webhook.subscription.OwnerRole;

/**
 * Property over random mixes of partners and patients: a partner's receiver gets every event about its own patients
 * (also those received before the patient's partner was known) and nothing about anyone else's.
 */
@QuarkusTest
class PartnerIsolationTest {

    private static final List<String> PARTNERS = List.of("acme", "globex", "initech");

    @Test
    void aPartnerReceivesEveryEventAboutItsOwnPatientsAndNoneAboutOthers() throws Exception {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        Receiver acmeReceiver = Receiver.start();
        Receiver globexReceiver = Receiver.start();
        Subscribed acme = WebhookFixtures.subscribe(OwnerRole.PARTNER, "acme", acmeReceiver.url(), List.of());
        Subscribed globex = WebhookFixtures.subscribe(OwnerRole.PARTNER, "globex", globexReceiver.url(), List.of());
        try {
            Map<String, Set<String>> expected = new HashMap<>(Map.of("acme", new HashSet<>(), "globex", new HashSet<>()));
            Map<String, List<UUID>> patientsOf = new HashMap<>();
            List<UUID> published = new ArrayList<>();
            int patients = 6 + random.nextInt(6);
            for (int p = 0; p < patients; p++) {
                UUID patient = UUID.randomUUID();
                // null: the partner is never named, so no partner may receive this patient's events.
                String partner = random.nextInt(5) == 0 ? null : PARTNERS.get(random.nextInt(PARTNERS.size()));
                patientsOf.computeIfAbsent(String.valueOf(partner), key -> new ArrayList<>()).add(patient);
                int events = 1 + random.nextInt(4);
                int intakeAt = partner == null ? -1 : random.nextInt(events);
                for (int e = 0; e < events; e++) {
                    EventData data = e == intakeAt ? intake(patient, partner) : switch (random.nextInt(3)) {
                        case 0 -> sessionStarted(patient, e + 1);
                        case 1 -> checkInScheduled(patient);
                        default -> shipmentRequested(patient, random.nextBoolean() ? "sunrise" : "harbor");
                    };
                    UUID eventId = TestEvents.publish(data);
                    published.add(eventId);
                    if (expected.containsKey(partner)) {
                        expected.get(partner).add(eventId.toString());
                    }
                }
            }
            String context = "seed " + seed + ", patients by partner " + patientsOf;
            Eventually.until("every event stored, " + context, () -> published.stream().allMatch(WebhookFixtures::stored));
            UUID[] all = patientsOf.values().stream().flatMap(List::stream).toArray(UUID[]::new);
            assertEquals(expected.get("acme"), WebhookFixtures.queuedEvents(acme.id(), List.of(all)), "queued for acme, " + context);
            assertEquals(expected.get("globex"), WebhookFixtures.queuedEvents(globex.id(), List.of(all)), "queued for globex, " + context);
            Eventually.until("acme's events delivered, " + context,
                    () -> new HashSet<>(acmeReceiver.deliveredIds(all)).containsAll(expected.get("acme")));
            Eventually.until("globex's events delivered, " + context,
                    () -> new HashSet<>(globexReceiver.deliveredIds(all)).containsAll(expected.get("globex")));
            assertEquals(expected.get("acme"), new HashSet<>(acmeReceiver.deliveredIds(all)), context);
            assertEquals(expected.get("globex"), new HashSet<>(globexReceiver.deliveredIds(all)), context);
            assertEquals(acmeReceiver.requests(all).size(), acmeReceiver.deliveredIds(all).size(), "each sent once, " + context);
            for (Receiver.Request request : acmeReceiver.delivered(all)) {
                request.verify(acme.secret());
            }
            for (Receiver.Request request : globexReceiver.delivered(all)) {
                request.verify(globex.secret());
            }
        } finally {
            WebhookFixtures.retire(acme.id());
            WebhookFixtures.retire(globex.id());
            acmeReceiver.close();
            globexReceiver.close();
        }
    }
}
