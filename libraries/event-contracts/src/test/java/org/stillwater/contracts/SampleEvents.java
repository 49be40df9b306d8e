package org.stillwater.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stillwater.contracts.checkin.CheckInCompleted;
import org.stillwater.contracts.checkin.CheckInMissed;
import org.stillwater.contracts.checkin.CheckInScheduled;
import org.stillwater.contracts.checkin.DosageAdjusted;
import org.stillwater.contracts.checkin.TreatmentDiscontinued;
import org.stillwater.contracts.checkin.TreatmentPaused;
import org.stillwater.contracts.checkin.TreatmentResumed;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.EvaluationRejected;
import org.stillwater.contracts.intake.IntakeSubmitted;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.contracts.intake.ShippingAddress;
import org.stillwater.contracts.intake.ShippingAddressChanged;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;
import org.stillwater.contracts.pharmacy.ShipmentDelivered;
import org.stillwater.contracts.pharmacy.ShipmentDispatched;
import org.stillwater.contracts.pharmacy.ShipmentFailed;
import org.stillwater.contracts.pharmacy.ShipmentRequested;
import org.stillwater.contracts.prescription.PrescriptionCancelled;
import org.stillwater.contracts.prescription.PrescriptionIssued;
import org.stillwater.contracts.session.AdverseEventReported;
import org.stillwater.contracts.session.SessionBlocked;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.contracts.session.SessionStarted;

/** One well-formed instance of every event of the catalog, as a producer would write it. */
final class SampleEvents {

    static final UUID PATIENT = UUID.fromString("5b0a6c1e-2f4d-4e8a-9c3b-7d1e0f2a4b61");
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final ShippingAddress ADDRESS = new ShippingAddress("Alex Doe", "1 Main St", null, "Sacramento", "CA", "95814");

    private SampleEvents() {
    }

    static Map<EventType, EventData> all() {
        UUID id = UUID.randomUUID();
        return Map.ofEntries(
                Map.entry(EventType.INTAKE_SUBMITTED, new IntakeSubmitted(id, PATIENT, "acme", "CA", 14, 9, false, List.of("CURRENT_BENZODIAZEPINE"), false, NOW)),
                Map.entry(EventType.EVALUATION_APPROVED, new EvaluationApproved(id, id, PATIENT, "acme", "CA", "dr.california", "VIDEO",
                        new Protocol(300, 72, true, 140, 90), 18, 12, ADDRESS, NOW)),
                Map.entry(EventType.SHIPPING_ADDRESS_CHANGED, new ShippingAddressChanged(PATIENT, "acme", "CA",
                        new ShippingAddress("Alex Doe", "500 Capitol Mall", "Suite 2", "Sacramento", "CA", "95814"), "service-account-partner-acme", NOW)),
                Map.entry(EventType.EVALUATION_REJECTED, new EvaluationRejected(null, id, PATIENT, "acme", List.of("UNDER_18"), true, null, NOW)),
                Map.entry(EventType.PRESCRIPTION_ISSUED, new PrescriptionIssued(id, PATIENT, null, "dr.california", "sunrise",
                        "ketamine HCl sublingual lozenge", "6130", 100, 2, 200, 8, 5, NOW, NOW.plusSeconds(183L * 86400))),
                Map.entry(EventType.PRESCRIPTION_CANCELLED, new PrescriptionCancelled(id, PATIENT, "SUPERSEDED", UUID.randomUUID(), NOW)),
                Map.entry(EventType.SHIPMENT_REQUESTED, new ShipmentRequested(id, id, PATIENT, "sunrise", 1, "ketamine HCl sublingual lozenge", 100, 8, ADDRESS, true, NOW)),
                Map.entry(EventType.SHIPMENT_DISPATCHED, new ShipmentDispatched(id, id, PATIENT, "sunrise", 1, "UPS", "1Z999", "LOT-42", 8, NOW)),
                Map.entry(EventType.SHIPMENT_DELIVERED, new ShipmentDelivered(id, id, PATIENT, "sunrise", 1, 8, NOW)),
                Map.entry(EventType.SHIPMENT_FAILED, new ShipmentFailed(id, id, PATIENT, "sunrise", 1, "LOST", NOW)),
                Map.entry(EventType.SHIPMENT_CANCELLED, new ShipmentCancelled(id, id, PATIENT, "sunrise", 2, "TREATMENT_PAUSED", NOW)),
                Map.entry(EventType.SESSION_STARTED, new SessionStarted(id, PATIENT, id, 1, new BloodPressure(122, 78), NOW)),
                Map.entry(EventType.SESSION_BLOCKED, new SessionBlocked(id, PATIENT, List.of("TOO_SOON"), NOW.plusSeconds(3600), false, NOW)),
                Map.entry(EventType.SESSION_COMPLETED, new SessionCompleted(id, PATIENT, id, 1, "COMPLETED", 200, 2, 10, 60, 6,
                        List.of("NAUSEA"), new BloodPressure(125, 80), 4, 7, NOW, NOW.plusSeconds(5400))),
                Map.entry(EventType.ADVERSE_EVENT_REPORTED, new AdverseEventReported(id, PATIENT, null, "SEVERE", "CARDIOVASCULAR", true, NOW)),
                Map.entry(EventType.CHECK_IN_SCHEDULED, new CheckInScheduled(id, PATIENT, "ONBOARDING", "EVALUATION_APPROVED", null, NOW.plusSeconds(7 * 86400), NOW)),
                Map.entry(EventType.CHECK_IN_COMPLETED, new CheckInCompleted(id, PATIENT, "FOLLOW_UP", "CONTINUE", "dr.california", 8, 6, true, false, null, NOW)),
                Map.entry(EventType.CHECK_IN_MISSED, new CheckInMissed(id, PATIENT, "WEEKLY", NOW, NOW)),
                Map.entry(EventType.DOSAGE_ADJUSTED, new DosageAdjusted(id, PATIENT, 300, null, "dr.california", "1234567893", "BR1234563", NOW)),
                Map.entry(EventType.TREATMENT_PAUSED, new TreatmentPaused(id, PATIENT, "dr.california", NOW)),
                Map.entry(EventType.TREATMENT_RESUMED, new TreatmentResumed(id, PATIENT, "dr.california", UUID.randomUUID(), NOW)),
                Map.entry(EventType.TREATMENT_DISCONTINUED, new TreatmentDiscontinued(id, PATIENT, "dr.california", NOW)));
    }

    static String cloudEvent(EventType type, EventData data) {
        return EventJson.write(CloudEvent.of(UUID.randomUUID(), "test", type, data.patientId().toString(), NOW, data));
    }
}
