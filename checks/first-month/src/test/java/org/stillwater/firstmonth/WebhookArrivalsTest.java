package org.stillwater.firstmonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The demo's waits on events pushed by webhook: each event answers one wait, about its own patient only. */
class WebhookArrivalsTest {

    private static final UUID PATIENT = UUID.randomUUID();
    private static final Patience ONE_SECOND = began -> Duration.between(began, Instant.now()).compareTo(Duration.ofSeconds(1)) > 0;

    private final WebhookArrivals arrivals = new WebhookArrivals();

    @Test
    void eachArrivedEventAnswersOneWaitOnly() throws Exception {
        arrivals.record("a", event("a", PATIENT, "CheckInScheduled", "INTEGRATION"));
        arrivals.await(PATIENT, Arrivals.Expected.event("CheckInScheduled", "INTEGRATION"), ONE_SECOND);
        assertThrows(JourneyFailure.class, () -> arrivals.await(PATIENT, Arrivals.Expected.event("CheckInScheduled", "INTEGRATION"), ONE_SECOND));
    }

    @Test
    void aWaitAnswersWithTheEventsDataSoTheJourneyNeedNotReadItBack() throws Exception {
        arrivals.record("a", event("a", PATIENT, "CheckInScheduled", "FOLLOW_UP"));
        assertEquals("FOLLOW_UP", arrivals.await(PATIENT, Arrivals.Expected.event("CheckInScheduled", "FOLLOW_UP"), ONE_SECOND)
                .orElseThrow().path("kind").asText());
    }

    @Test
    void pollingArrivalsBringNoEvent() {
        assertFalse(Arrivals.polling().bringEvents());
        assertTrue(Arrivals.polling().await(PATIENT, Arrivals.Expected.event("ShipmentDelivered"), ONE_SECOND).isEmpty());
    }

    @Test
    void anotherPatientsEventOrAnotherKindDoesNotAnswer() throws Exception {
        arrivals.record("a", event("a", UUID.randomUUID(), "CheckInScheduled", "ONBOARDING"));
        arrivals.record("b", event("b", PATIENT, "CheckInScheduled", "WEEKLY"));
        assertThrows(JourneyFailure.class, () -> arrivals.await(PATIENT, Arrivals.Expected.event("CheckInScheduled", "ONBOARDING"), ONE_SECOND));
    }

    @Test
    void aRepeatedDeliveryOfOneWebhookIdIsRecordedOnce() throws Exception {
        assertTrue(arrivals.record("a", event("a", PATIENT, "ShipmentDelivered", null)));
        assertFalse(arrivals.record("a", event("a", PATIENT, "ShipmentDelivered", null)));
        assertEquals(1, arrivals.received());
    }

    @Test
    void aWaitEndsWhenTheEventArrivesLater() throws Exception {
        Thread sender = new Thread(() -> {
            try {
                Thread.sleep(200);
                arrivals.record("a", event("a", PATIENT, "DosageAdjusted", null));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        sender.start();
        arrivals.await(PATIENT, Arrivals.Expected.event("DosageAdjusted"), began -> Duration.between(began, Instant.now()).toSeconds() > 10);
        sender.join();
    }

    private static String event(String id, UUID patient, String name, String kind) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"type\":\"stillwater." + name + ".v1\",\"subject\":\"" + patient
                + "\",\"data\":{" + (kind == null ? "" : "\"kind\":\"" + kind + "\"") + "}}";
    }
}
