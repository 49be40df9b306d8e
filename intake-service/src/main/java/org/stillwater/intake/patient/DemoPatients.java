package org.stillwater.intake.patient;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two demo patients of partner acme whose ids the realm's patient.alex and patient.blair carry
 * (dev and test profiles only: {@code stillwater.demo.seed}). Fictional people.
 */
@ApplicationScoped
public class DemoPatients {

    public static final UUID ALEX = UUID.fromString("5b0a6c1e-2f4d-4e8a-9c3b-7d1e0f2a4b61");
    public static final UUID BLAIR = UUID.fromString("8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d3e4f");
    static final String PARTNER = "acme";

    void seed(@Observes StartupEvent started, @ConfigProperty(name = "stillwater.demo.seed") boolean seed, Clock clock) {
        if (!seed) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (Patient.findById(ALEX) == null) {
                patient(ALEX, "Alex", "Doe", LocalDate.of(1988, 4, 12), "CA", "1200 J Street", "Sacramento", "95814", clock).persist();
            }
            if (Patient.findById(BLAIR) == null) {
                patient(BLAIR, "Blair", "Roe", LocalDate.of(1979, 9, 30), "TX", "401 Congress Avenue", "Austin", "78701", clock).persist();
            }
        });
    }

    private static Patient patient(UUID id, String givenName, String familyName, LocalDate born, String state,
                                   String street, String city, String zip, Clock clock) {
        Patient patient = new Patient();
        patient.id = id;
        patient.partnerId = PARTNER;
        patient.givenName = givenName;
        patient.familyName = familyName;
        patient.dateOfBirth = born;
        patient.email = givenName.toLowerCase() + "@patients.stillwater.example";
        patient.phone = "+1 555 0100";
        patient.stateOfResidence = state;
        patient.shippingLine1 = street;
        patient.shippingCity = city;
        patient.shippingState = state;
        patient.shippingPostalCode = zip;
        patient.emergencyContactName = "Sam " + familyName;
        patient.emergencyContactPhone = "+1 555 0199";
        patient.emergencyContactRelation = "sibling";
        patient.createdAt = clock.instant();
        patient.createdBy = "demo-seed";
        return patient;
    }
}
