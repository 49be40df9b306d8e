package org.stillwater.firstmonth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.UUID;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.keycloak.Tokens;
import org.stillwater.pharmacy.ReferencePharmacy;

/**
 * {@code ./stillwater demo}: a new patient's first month against the running platform, printed as it happens,
 * with the reference pharmacy filling the prescription. Time is simulated (dev profile) where days must pass.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        Endpoints endpoints = Endpoints.local();
        Tokens tokens = new Tokens(endpoints.realm());
        String familyName = "Example-" + UUID.randomUUID().toString().substring(0, 4);
        out.println("Stillwater: the first month of a new patient, Robin " + familyName + " (partner acme, California)");
        ReferencePharmacy.Settings pharmacy = new ReferencePharmacy.Settings(FirstMonth.PHARMACY, endpoints.bootstrapServers(),
                endpoints.prescription(), endpoints.realm(), DemoAccounts.PHARM_SUNRISE, DemoAccounts.PASSWORD, "UPS");
        try (ReferencePharmacy referencePharmacy = new ReferencePharmacy(pharmacy, line -> { })) {
            referencePharmacy.start();
            FirstMonth month = new FirstMonth(endpoints, tokens, new Api(), Narrator.printingTo(out), "Robin", familyName);
            JsonNode journey = month.run();
            JourneyPrinter.print(journey, out);
            out.println();
            out.println("Done: a month in a few seconds (the services' clocks were moved forward; the dev profile allows it).");
        } catch (JourneyFailure failure) {
            System.err.println();
            System.err.println("The demo stopped: " + failure.getMessage());
            System.exit(1);
        }
    }
}
