package org.stillwater.intake.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.intake.ShippingAddress;
import org.stillwater.contracts.intake.ShippingAddressChanged;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;

class PatientLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T18:00:00Z");
    private static final PatientLifecycle.Registrar ACME = new PatientLifecycle.Registrar("acme", true, Optional.of("acme"));
    private static final PatientLifecycle.Registrar OPS = new PatientLifecycle.Registrar("ops", false, Optional.empty());

    private static PatientRequest request(String partnerId) {
        return new PatientRequest(partnerId, " Alex ", "Example ", LocalDate.of(1985, 6, 1), "alex@example.org", "+1 916 555 0100", "CA",
                new PatientRequest.Address(" 10 Elm St ", null, "Sacramento ", "CA", "95814"),
                new PatientRequest.EmergencyContact("Sam Example ", "+1 916 555 0101", " sibling"));
    }

    @Test
    void aPartnerRegistersItsOwnPatientTrimmedAndAnnouncesNothing() {
        PatientLifecycle.Registered registered = PatientLifecycle.register(request(null), ACME, NOW);

        Patient patient = registered.patient();
        assertEquals("acme", patient.partnerId);
        assertEquals("Alex", patient.givenName);
        assertEquals("Example", patient.familyName);
        assertEquals("10 Elm St", patient.shippingLine1);
        assertEquals("Sacramento", patient.shippingCity);
        assertEquals("Sam Example", patient.emergencyContactName);
        assertEquals("sibling", patient.emergencyContactRelation);
        assertEquals(NOW, patient.createdAt);
        assertEquals("acme", patient.createdBy);
        assertTrue(registered.transition().refusal().isEmpty());
        assertEquals(List.of(), registered.transition().events());
    }

    @Test
    void aPartnerMayNameItselfAsThePartner() {
        assertEquals("acme", PatientLifecycle.register(request("acme"), ACME, NOW).patient().partnerId);
    }

    @Test
    void aPartnerNamingAnotherPartnerIsRefused() {
        PatientLifecycle.Registered registered = PatientLifecycle.register(request("globex"), ACME, NOW);

        assertNull(registered.patient());
        assertEquals(Optional.of(new Refused(Refused.Kind.RULE, "foreign-partner", "a partner registers patients for itself only",
                        List.of(new Refusal("partnerId", "foreign-partner", "must be acme or left out")))),
                registered.transition().refusal());
    }

    @Test
    void aPartnerTokenWithoutPartnerIdRegistersNoOne() {
        PatientLifecycle.Registrar anonymous = new PatientLifecycle.Registrar("partner", true, Optional.empty());

        PatientLifecycle.Registered registered = PatientLifecycle.register(request(null), anonymous, NOW);

        assertNull(registered.patient());
        assertEquals("partner-id-missing", registered.transition().refusal().orElseThrow().slug());
    }

    @Test
    void opsRegistersForThePartnerItNames() {
        assertEquals("globex", PatientLifecycle.register(request("globex"), OPS, NOW).patient().partnerId);
    }

    @Test
    void aNewShippingAddressIsAnnouncedWithTheStateOfResidenceAndABlankSecondLineIsNone() {
        Patient patient = PatientLifecycle.register(request(null), ACME, NOW).patient();
        patient.id = UUID.randomUUID();

        var transition = PatientLifecycle.changeShippingAddress(patient,
                new PatientRequest.Address(" 1 Lake Rd ", "  ", " Reno", "NV", "89501"), "alex", NOW);

        ShippingAddress reno = new ShippingAddress("Alex Example", "1 Lake Rd", null, "Reno", "NV", "89501");
        assertEquals(reno, patient.shippingAddress());
        assertEquals(List.<EventData>of(new ShippingAddressChanged(patient.id, "acme", "CA", reno, "alex", NOW)), transition.events());
    }
}
