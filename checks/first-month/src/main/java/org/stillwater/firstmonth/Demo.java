package org.stillwater.firstmonth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.keycloak.Tokens;
import org.stillwater.pharmacy.ReferencePharmacy;
import org.stillwater.pharmacy.webhook.WebhookReceiver;
import org.stillwater.pharmacy.webhook.WebhookSubscriptions;

/**
 * {@code ./stillwater demo}: a new patient's first month against the running platform, printed as it happens,
 * with the reference pharmacy filling the prescription. Time is simulated (dev profile) where days must pass.
 * Nothing is polled for: partner acme subscribes to its patients' events with a receiver of its own, the pharmacy to
 * its shipment requests with its own, and each step waits for the event that says the platform has moved on
 * (webhook-service pushes them, signed; every request is verified), then reads what it needs once.
 */
public final class Demo {

    private static final String RECEIVER_PATH = "/acme/webhooks";

    private Demo() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        Endpoints endpoints = Endpoints.local();
        Tokens tokens = new Tokens(endpoints.realm());
        String familyName = "Example-" + UUID.randomUUID().toString().substring(0, 4);
        out.println("Stillwater: the first month of a new patient, Robin " + familyName + " (partner acme, California)");
        Path pharmacyInbox = Files.createTempDirectory("stillwater-demo-pharmacy");
        ReferencePharmacy.Settings pharmacy = new ReferencePharmacy.Settings(FirstMonth.PHARMACY, endpoints.bootstrapServers(),
                endpoints.prescription(), endpoints.realm(), DemoAccounts.PHARM_SUNRISE, DemoAccounts.PASSWORD, "UPS")
                .viaWebhooks(new ReferencePharmacy.Webhooks(endpoints.webhook(), 0, pharmacyInbox,
                        ReferencePharmacy.OnStop.DELETE));
        WebhookArrivals arrivals = new WebhookArrivals();
        WebhookSubscriptions subscriptions = new WebhookSubscriptions(endpoints.webhook());
        WebhookSubscriptions.Subscribed subscription = null;
        String stopped = null;
        try (WebhookReceiver receiver = WebhookReceiver.start(0, RECEIVER_PATH, arrivals, line -> { });
             ReferencePharmacy referencePharmacy = new ReferencePharmacy(pharmacy, line -> { })) {
            // the event types the month waits for, about partner acme's own patients only
            subscription = subscriptions.subscribe(tokens.acme(), receiver.url(), FirstMonth.AWAITED_EVENT_TYPES, "./stillwater demo");
            receiver.trust(subscription.signingSecret());
            referencePharmacy.start();
            out.println("Events arrive by webhook: partner acme subscribed at " + receiver.url() + ", pharmacy " + FirstMonth.PHARMACY
                    + " at " + referencePharmacy.receiver().url() + "; every request's signature is verified.");
            FirstMonth month = new FirstMonth(endpoints, tokens, new Api(), Narrator.printingTo(out), "Robin", familyName,
                    FirstMonth.FIXED_PATIENCE, arrivals);
            JsonNode journey = month.run();
            JourneyPrinter.print(journey, out);
            out.println();
            out.println("By webhook: " + arrivals.received() + " events for partner acme (" + receiver.refused() + " refused, "
                    + receiver.duplicates() + " repeated deliveries ignored), " + referencePharmacy.receiver().recorded()
                    + " shipment request(s) for pharmacy " + FirstMonth.PHARMACY + ".");
            out.println("Done: a month in a few seconds (the services' clocks were moved forward; the dev profile allows it).");
        } catch (JourneyFailure | IllegalStateException failure) {
            stopped = failure.getMessage();
        } finally {
            // the receiver is gone: a subscription left behind would only collect failed deliveries
            if (subscription != null) {
                subscriptions.unsubscribe(tokens.acme(), subscription.id());
            }
        }
        if (stopped != null) {
            System.err.println();
            System.err.println("The demo stopped: " + stopped);
            System.exit(1);
        }
    }
}
