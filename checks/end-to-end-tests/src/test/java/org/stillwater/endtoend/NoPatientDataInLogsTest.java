package org.stillwater.endtoend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stillwater.firstmonth.Api;
import org.stillwater.firstmonth.Endpoints;
import org.stillwater.firstmonth.FirstMonth;
import org.stillwater.firstmonth.Narrator;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.pharmacy.ReferencePharmacy;
import org.stillwater.testing.SharedPlatform;

/** A full month with recognisable patient data, then every line the services logged is searched for it. */
class NoPatientDataInLogsTest {

    @Test
    void aFullMonthLeavesNoPatientDataInAnyServicesLog() throws IOException {
        Endpoints endpoints = Endpoints.of(SharedPlatform.get());
        String familyName = "Quillfeather" + UUID.randomUUID().toString().substring(0, 6);
        try (ReferencePharmacy pharmacy = new ReferencePharmacy(new ReferencePharmacy.Settings("sunrise", endpoints.bootstrapServers(),
                endpoints.prescription(), endpoints.realm(), DemoAccounts.PHARM_SUNRISE, DemoAccounts.PASSWORD, "UPS"), line -> { })) {
            pharmacy.start();
            new FirstMonth(endpoints, SharedPlatform.tokens(), new Api(), Narrator.silent(), "Zephyrine", familyName).run();
        }

        List<String> phi = List.of(familyName, "Zephyrine", "500 Capitol Mall", "I felt far away", "talk about them afterwards",
                "set and setting", "halve the dose", "response and remission; well tolerated", "treatment-resistant depression");
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> logs = Files.list(SharedPlatform.layout().logs())) {
            for (Path log : logs.filter(file -> file.getFileName().toString().endsWith("-service.log")).toList()) {
                List<String> lines = Files.readAllLines(log);
                for (String line : lines) {
                    phi.stream().filter(line::contains).forEach(found -> leaks.add(log.getFileName() + ": " + found));
                }
            }
        }
        assertTrue(leaks.isEmpty(), "patient data in the logs: " + leaks);
    }
}
