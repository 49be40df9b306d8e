package org.stillwater.session.adverse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.session.AdverseEventReported;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;

class AdverseEventLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-05-04T16:00:00Z");
    private static final UUID PATIENT = UUID.randomUUID();
    private static final AdverseEventLifecycle.Reporter PARTNER = new AdverseEventLifecycle.Reporter("acme", "partner");

    private static AdverseEventRequest report(Severity severity, UUID sessionId) {
        return new AdverseEventRequest(severity, AdverseEventCategory.PROLONGED_DISSOCIATION, "could not stand up", sessionId);
    }

    @Test
    void aModerateEventIsRecordedAndAnnouncedWithoutAHold() {
        AdverseEventLifecycle.Reported reported = AdverseEventLifecycle.report(PATIENT, report(Severity.MODERATE, null), false, PARTNER, NOW);

        AdverseEvent event = reported.event();
        assertEquals(PATIENT, event.patientId);
        assertEquals("could not stand up", event.description);
        assertEquals("acme", event.reportedBy);
        assertEquals("partner", event.reporterRole);
        assertEquals(Optional.empty(), reported.hold());
        assertEquals(List.<EventData>of(new AdverseEventReported(event.id, PATIENT, null, "MODERATE", "PROLONGED_DISSOCIATION", false, NOW)),
                reported.transition().events());
    }

    @Test
    void aSevereEventPlacesAHoldKeyedByItsIdFromTheMomentItIsReported() {
        UUID session = UUID.randomUUID();
        AdverseEventLifecycle.Reported reported = AdverseEventLifecycle.report(PATIENT, report(Severity.SEVERE, session), true, PARTNER, NOW);

        AdverseEvent event = reported.event();
        Hold hold = reported.hold().orElseThrow();
        assertTrue(event.holdPlaced);
        assertEquals(event.id, hold.adverseEventId);
        assertEquals(PATIENT, hold.patientId);
        assertEquals(NOW, hold.placedAt);
        assertNull(hold.liftedAt);
        assertEquals(List.<EventData>of(new AdverseEventReported(event.id, PATIENT, session, "SEVERE", "PROLONGED_DISSOCIATION", true, NOW)),
                reported.transition().events());
    }

    @Test
    void aLifeThreateningEventPlacesAHoldToo() {
        assertTrue(AdverseEventLifecycle.report(PATIENT, report(Severity.LIFE_THREATENING, null), false, PARTNER, NOW).hold().isPresent());
    }

    @Test
    void aSessionThatIsNotThePatientsIsRefusedAndNothingIsRecorded() {
        AdverseEventLifecycle.Reported reported = AdverseEventLifecycle.report(PATIENT, report(Severity.SEVERE, UUID.randomUUID()), false,
                PARTNER, NOW);

        assertNull(reported.event());
        assertEquals(Optional.empty(), reported.hold());
        assertEquals(Optional.of(new Refused(Refused.Kind.RULE, "unknown-session", "the session named is not one of this patient's",
                List.of(new Refusal("sessionId", "unknown-session", "name one of this patient's sessions, or none")))),
                reported.transition().refusal());
    }
}
