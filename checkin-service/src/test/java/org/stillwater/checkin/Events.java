package org.stillwater.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.stillwater.contracts.BloodPressure;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.contracts.intake.ShippingAddress;
import org.stillwater.contracts.pharmacy.ShipmentDelivered;
import org.stillwater.contracts.pharmacy.ShipmentDispatched;
import org.stillwater.contracts.pharmacy.ShipmentFailed;
import org.stillwater.contracts.pharmacy.ShipmentRequested;
import org.stillwater.contracts.prescription.PrescriptionIssued;
import org.stillwater.contracts.session.AdverseEventReported;
import org.stillwater.contracts.session.SessionBlocked;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.contracts.session.SessionStarted;

/** The events other services send this one, as they would send them. */
public final class Events {

    public static final int MAX_DOSE = 300;
    public static final int MIN_HOURS = 72;
    public static final int BASELINE_PHQ9 = 14;
    public static final int BASELINE_GAD7 = 9;

    private Events() {
    }

    public static EvaluationApproved approval(UUID patientId, String state, Instant approvedAt) {
        return new EvaluationApproved(UUID.randomUUID(), UUID.randomUUID(), patientId, "acme", state, "dr.california", "VIDEO",
                new Protocol(MAX_DOSE, MIN_HOURS, true, 140, 90), BASELINE_PHQ9, BASELINE_GAD7,
                new ShippingAddress("Jordan Test", "10 Elm St", null, "Springfield", state, "90210"), approvedAt);
    }

    public static PrescriptionIssued prescription(UUID patientId, UUID prescriptionId, int strengthMg, int units, Instant issuedAt) {
        return new PrescriptionIssued(prescriptionId, patientId, null, "dr.california", "sunrise", "ketamine HCl lozenge",
                "6130", strengthMg, units, strengthMg * units, 12, 2, issuedAt, issuedAt.plus(Duration.ofDays(180)));
    }

    public static ShipmentRequested shipmentRequested(UUID patientId, UUID shipmentId, UUID prescriptionId, Instant at) {
        return new ShipmentRequested(shipmentId, prescriptionId, patientId, "sunrise", 1, "ketamine HCl lozenge", 100, 12,
                new ShippingAddress("Jordan Test", "10 Elm St", null, "Springfield", "CA", "90210"), true, at);
    }

    public static ShipmentDispatched shipmentDispatched(UUID patientId, UUID shipmentId, UUID prescriptionId, Instant at) {
        return new ShipmentDispatched(shipmentId, prescriptionId, patientId, "sunrise", 1, "UPS", "1Z999", "LOT-7", 12, at);
    }

    public static ShipmentDelivered shipmentDelivered(UUID patientId, UUID shipmentId, UUID prescriptionId, Instant at) {
        return new ShipmentDelivered(shipmentId, prescriptionId, patientId, "sunrise", 1, 12, at);
    }

    public static ShipmentFailed shipmentFailed(UUID patientId, UUID shipmentId, Instant at) {
        return new ShipmentFailed(shipmentId, UUID.randomUUID(), patientId, "sunrise", 1, "LOST", at);
    }

    public static SessionStarted sessionStarted(UUID patientId, UUID sessionId, int number, Instant startedAt) {
        return new SessionStarted(sessionId, patientId, UUID.randomUUID(), number, new BloodPressure(122, 78), startedAt);
    }

    /** A session that began 4 hours before it was completed. */
    public static SessionCompleted sessionCompleted(UUID patientId, UUID sessionId, int number, Instant completedAt) {
        return new SessionCompleted(sessionId, patientId, UUID.randomUUID(), number, "COMPLETED", 200, 2, 15, 90, 6,
                List.of("NAUSEA"), new BloodPressure(124, 80), 4, 7, completedAt.minus(Duration.ofHours(4)), completedAt);
    }

    public static SessionBlocked sessionBlocked(UUID patientId, UUID attemptId, boolean crisis, Instant at) {
        return new SessionBlocked(attemptId, patientId, List.of(crisis ? "BLOOD_PRESSURE_CRISIS" : "NO_SITTER"), null, crisis, at);
    }

    public static AdverseEventReported adverseEvent(UUID patientId, UUID adverseEventId, String severity, Instant at) {
        boolean hold = severity.equals("SEVERE") || severity.equals("LIFE_THREATENING");
        return new AdverseEventReported(adverseEventId, patientId, null, severity, "CARDIOVASCULAR", hold, at);
    }
}
