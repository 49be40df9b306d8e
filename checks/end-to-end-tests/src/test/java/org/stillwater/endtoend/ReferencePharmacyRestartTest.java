package org.stillwater.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stillwater.firstmonth.Api;
import org.stillwater.firstmonth.Answer;
import org.stillwater.firstmonth.Endpoints;
import org.stillwater.firstmonth.FirstMonth;
import org.stillwater.firstmonth.Narrator;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.pharmacy.ReferencePharmacy;
import org.stillwater.testing.SharedPlatform;

/**
 * The reference pharmacy by webhook, stopped cleanly and started again from the same inbox directory: its
 * subscription was paused meanwhile, so a shipment requested while it was stopped is pushed to it when it starts,
 * at its new address, signed with the secret it was given then.
 */
class ReferencePharmacyRestartTest {

    private final Api api = new Api();

    @TempDir
    Path inbox;

    @Test
    void aShipmentRequestedWhileThePharmacyWasStoppedIsPushedWhenItStartsAgain() {
        Endpoints endpoints = Endpoints.of(SharedPlatform.get());
        ReferencePharmacy.Settings settings = new ReferencePharmacy.Settings("sunrise", endpoints.bootstrapServers(),
                endpoints.prescription(), endpoints.realm(), DemoAccounts.PHARM_SUNRISE, DemoAccounts.PASSWORD, "UPS")
                .viaWebhooks(new ReferencePharmacy.Webhooks(endpoints.webhook(), 0, inbox, ReferencePharmacy.OnStop.PAUSE));
        UUID subscription;
        try (ReferencePharmacy pharmacy = new ReferencePharmacy(settings, line -> { })) {
            pharmacy.start();
            subscription = pharmacy.subscriptionId();
        }
        assertEquals("PAUSED", subscriptionAsThePharmacistSeesIt(endpoints, subscription).body().path("status").asText());

        FirstMonth month = new FirstMonth(endpoints, SharedPlatform.tokens(), api, Narrator.silent(), "Robin",
                "Restart-" + UUID.randomUUID().toString().substring(0, 8));
        month.registerPatient();
        month.submitIntake();
        month.approveByVideo();
        month.prescribe();

        try (ReferencePharmacy pharmacy = new ReferencePharmacy(settings, line -> { })) {
            pharmacy.start();
            assertEquals(subscription, pharmacy.subscriptionId(), "the same subscription, resumed");
            month.awaitDelivery();
            Answer resumed = subscriptionAsThePharmacistSeesIt(endpoints, subscription);
            assertEquals("ACTIVE", resumed.body().path("status").asText());
            assertEquals(pharmacy.receiver().url().toString(), resumed.body().path("url").asText());
        }
        assertTrue(Files.exists(inbox.resolve("subscription-id")), "the id is kept for the next start");
    }

    private Answer subscriptionAsThePharmacistSeesIt(Endpoints endpoints, UUID subscription) {
        return api.get(endpoints.webhook() + "/api/v1/webhook-subscriptions/" + subscription,
                SharedPlatform.tokens().user(DemoAccounts.PHARM_SUNRISE));
    }
}
