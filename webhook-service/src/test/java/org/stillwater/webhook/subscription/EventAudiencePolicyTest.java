package org.stillwater.webhook.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.regulatory.refusal.Refusal;

class EventAudiencePolicyTest {

    private static final String APPROVED = "stillwater.EvaluationApproved.v1";
    private static final String REQUESTED = "stillwater.ShipmentRequested.v1";
    private static final UUID PATIENT = UUID.randomUUID();

    private static EventFacts about(String type, String partnerId, String pharmacyId) {
        return new EventFacts(type, PATIENT, partnerId, pharmacyId);
    }

    @Test
    void aPartnerReceivesEveryTypeAboutItsOwnPatients() {
        for (EventType type : EventType.values()) {
            assertTrue(EventAudiencePolicy.receives(OwnerRole.PARTNER, "acme", List.of(), about(type.cloudEventType(), "acme", null)), type.name());
        }
    }

    @Test
    void aPartnerReceivesNothingAboutAnotherPartnersPatient() {
        assertFalse(EventAudiencePolicy.receives(OwnerRole.PARTNER, "acme", List.of(), about(APPROVED, "globex", null)));
    }

    @Test
    void noPartnerReceivesAnEventWhosePatientsPartnerIsNotKnownYet() {
        assertFalse(EventAudiencePolicy.receives(OwnerRole.PARTNER, "acme", List.of(), about(APPROVED, null, null)));
    }

    @Test
    void aPharmacistReceivesOnlyItsOwnPharmacysShipmentEvents() {
        assertTrue(EventAudiencePolicy.receives(OwnerRole.PHARMACIST, "sunrise", List.of(), about(REQUESTED, "acme", "sunrise")));
        assertFalse(EventAudiencePolicy.receives(OwnerRole.PHARMACIST, "sunrise", List.of(), about(REQUESTED, "acme", "harbor")));
        assertFalse(EventAudiencePolicy.receives(OwnerRole.PHARMACIST, "sunrise", List.of(), about(APPROVED, "acme", "sunrise")));
    }

    @Test
    void aPharmacistMaySubscribeToTheFiveShipmentTypesOnly() {
        assertEquals(List.of("stillwater.ShipmentRequested.v1", "stillwater.ShipmentDispatched.v1", "stillwater.ShipmentDelivered.v1",
                "stillwater.ShipmentFailed.v1", "stillwater.ShipmentCancelled.v1"), EventAudiencePolicy.receivableTypes(OwnerRole.PHARMACIST));
    }

    @Test
    void opsReceivesEveryEventWithoutItsData() {
        assertTrue(EventAudiencePolicy.receives(OwnerRole.OPS, "ops-subject", List.of(), about(APPROVED, "acme", null)));
        assertTrue(EventAudiencePolicy.receives(OwnerRole.OPS, "ops-subject", List.of(), about(REQUESTED, null, "harbor")));
        assertTrue(EventAudiencePolicy.stripsData(OwnerRole.OPS));
        assertFalse(EventAudiencePolicy.stripsData(OwnerRole.PARTNER));
        assertFalse(EventAudiencePolicy.stripsData(OwnerRole.PHARMACIST));
    }

    @Test
    void aSubscriptionWithTypesReceivesOnlyThoseTypes() {
        assertTrue(EventAudiencePolicy.receives(OwnerRole.PARTNER, "acme", List.of(APPROVED), about(APPROVED, "acme", null)));
        assertFalse(EventAudiencePolicy.receives(OwnerRole.PARTNER, "acme", List.of(APPROVED), about(REQUESTED, "acme", "sunrise")));
    }

    @Test
    void aPharmacistAskingForAClinicalTypeIsRefusedNamingTheType() {
        List<Refusal> refusals = EventAudiencePolicy.refusedTypes(OwnerRole.PHARMACIST, List.of(REQUESTED, APPROVED));
        assertEquals(List.of(new Refusal("eventTypes[1]", "event-type-not-allowed", "a pharmacist may not receive " + APPROVED)), refusals);
    }

    @Test
    void anUnknownTypeIsRefusedNamingIt() {
        List<Refusal> refusals = EventAudiencePolicy.refusedTypes(OwnerRole.OPS, List.of("stillwater.EvaluationApproved.v2", ""));
        assertEquals(List.of("unknown-event-type", "unknown-event-type"), refusals.stream().map(Refusal::code).toList());
        assertTrue(refusals.get(0).message().contains("stillwater.EvaluationApproved.v2"));
    }

    @Test
    void opsMaySubscribeToEveryType() {
        List<String> all = java.util.Arrays.stream(EventType.values()).map(EventType::cloudEventType).toList();
        assertEquals(List.of(), EventAudiencePolicy.refusedTypes(OwnerRole.OPS, all));
    }

    @Test
    void repeatedTypesAreStoredOnceInTheOrderGiven() {
        assertEquals(List.of(REQUESTED, APPROVED), EventAudiencePolicy.normalized(List.of(REQUESTED, APPROVED, REQUESTED)));
    }

    /** Property: over random owners and events, a partner or pharmacist receives an event only when it is its own. */
    @Test
    void nobodyEverReceivesAnotherOwnersEvents() {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        List<String> partners = List.of("acme", "globex", "initech");
        List<String> pharmacies = List.of("sunrise", "harbor");
        EventType[] types = EventType.values();
        for (int i = 0; i < 5_000; i++) {
            String type = types[random.nextInt(types.length)].cloudEventType();
            String partner = random.nextInt(4) == 0 ? null : partners.get(random.nextInt(partners.size()));
            String pharmacy = type.contains(".Shipment") ? pharmacies.get(random.nextInt(pharmacies.size())) : null;
            EventFacts event = about(type, partner, pharmacy);
            String owner = partners.get(random.nextInt(partners.size()));
            String pharmacyOwner = pharmacies.get(random.nextInt(pharmacies.size()));
            String context = "seed " + seed + ", event " + event + ", owners " + owner + "/" + pharmacyOwner;
            assertEquals(owner.equals(partner), EventAudiencePolicy.receives(OwnerRole.PARTNER, owner, List.of(), event), context);
            assertEquals(pharmacyOwner.equals(pharmacy), EventAudiencePolicy.receives(OwnerRole.PHARMACIST, pharmacyOwner, List.of(), event), context);
        }
    }
}
