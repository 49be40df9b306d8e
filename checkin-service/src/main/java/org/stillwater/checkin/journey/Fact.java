package org.stillwater.checkin.journey;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stillwater.contracts.intake.EvaluationApproved;
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

/**
 * What the journey keeps of a consumed event: its type, the fact's own id, when it happened (the event's own
 * time field, not when it arrived), a one-line summary and the numbers and codes behind it. The shipping
 * address of {@code EvaluationApproved} and {@code ShipmentRequested} is not kept.
 */
public record Fact(EntryType type, UUID subjectId, Instant occurredAt, String summary, Map<String, Object> details) {

    public static Fact of(EvaluationApproved approval) {
        return new Fact(EntryType.EVALUATION_APPROVED, approval.evaluationId(), approval.approvedAt(),
                "Evaluation approved by " + approval.clinicianId() + " (" + approval.modality() + "): up to "
                        + approval.protocol().maxDoseMgPerSession() + " mg per session, at least "
                        + approval.protocol().minHoursBetweenSessions() + " h between sessions; baseline PHQ-9 "
                        + approval.baselinePhq9() + ", GAD-7 " + approval.baselineGad7(),
                details("evaluationId", approval.evaluationId(), "clinicianId", approval.clinicianId(),
                        "modality", approval.modality(), "maxDoseMgPerSession", approval.protocol().maxDoseMgPerSession(),
                        "minHoursBetweenSessions", approval.protocol().minHoursBetweenSessions(),
                        "sitterRequired", approval.protocol().sitterRequired(),
                        "baselinePhq9", approval.baselinePhq9(), "baselineGad7", approval.baselineGad7()));
    }

    public static Fact of(PrescriptionIssued issued) {
        return new Fact(EntryType.PRESCRIPTION_ISSUED, issued.prescriptionId(), issued.issuedAt(),
                "Prescription issued by " + issued.clinicianId() + ": " + issued.unitsPerSession() + " × " + issued.strengthMg()
                        + " mg lozenges = " + issued.doseMgPerSession() + " mg per session, " + issued.quantityPerFill()
                        + " per fill, " + issued.refillsAuthorized() + " refill(s)"
                        + (issued.supersedesPrescriptionId() == null ? "" : "; replaces the previous prescription"),
                details("prescriptionId", issued.prescriptionId(), "supersedesPrescriptionId", issued.supersedesPrescriptionId(),
                        "clinicianId", issued.clinicianId(), "pharmacyId", issued.pharmacyId(), "strengthMg", issued.strengthMg(),
                        "unitsPerSession", issued.unitsPerSession(), "doseMgPerSession", issued.doseMgPerSession(),
                        "quantityPerFill", issued.quantityPerFill(), "refillsAuthorized", issued.refillsAuthorized(),
                        "expiresAt", issued.expiresAt()));
    }

    public static Fact of(PrescriptionCancelled cancelled) {
        return new Fact(EntryType.PRESCRIPTION_CANCELLED, cancelled.prescriptionId(), cancelled.cancelledAt(),
                "Prescription cancelled (" + cancelled.reason() + ")",
                details("prescriptionId", cancelled.prescriptionId(), "reason", cancelled.reason(),
                        "supersededByPrescriptionId", cancelled.supersededByPrescriptionId()));
    }

    public static Fact of(ShipmentRequested requested) {
        return new Fact(EntryType.SHIPMENT_REQUESTED, requested.shipmentId(), requested.requestedAt(),
                "Fill " + requested.fillNumber() + " requested from pharmacy " + requested.pharmacyId() + ": "
                        + requested.quantity() + " × " + requested.strengthMg() + " mg lozenges",
                details("shipmentId", requested.shipmentId(), "prescriptionId", requested.prescriptionId(),
                        "pharmacyId", requested.pharmacyId(), "fillNumber", requested.fillNumber(),
                        "quantity", requested.quantity(), "strengthMg", requested.strengthMg()));
    }

    public static Fact of(ShipmentDispatched dispatched) {
        return new Fact(EntryType.SHIPMENT_DISPATCHED, dispatched.shipmentId(), dispatched.dispatchedAt(),
                "Fill " + dispatched.fillNumber() + " dispatched: " + dispatched.quantityDispensed() + " lozenges with "
                        + dispatched.carrier() + ", tracking " + dispatched.trackingNumber(),
                details("shipmentId", dispatched.shipmentId(), "prescriptionId", dispatched.prescriptionId(),
                        "pharmacyId", dispatched.pharmacyId(), "fillNumber", dispatched.fillNumber(),
                        "carrier", dispatched.carrier(), "trackingNumber", dispatched.trackingNumber(),
                        "lotNumber", dispatched.lotNumber(), "quantityDispensed", dispatched.quantityDispensed()));
    }

    public static Fact of(ShipmentDelivered delivered) {
        return new Fact(EntryType.SHIPMENT_DELIVERED, delivered.shipmentId(), delivered.deliveredAt(),
                "Fill " + delivered.fillNumber() + " delivered and signed for: " + delivered.unitsDelivered() + " lozenges",
                details("shipmentId", delivered.shipmentId(), "prescriptionId", delivered.prescriptionId(),
                        "pharmacyId", delivered.pharmacyId(), "fillNumber", delivered.fillNumber(),
                        "unitsDelivered", delivered.unitsDelivered()));
    }

    public static Fact of(ShipmentFailed failed) {
        return new Fact(EntryType.SHIPMENT_FAILED, failed.shipmentId(), failed.failedAt(),
                "Fill " + failed.fillNumber() + " did not reach the patient: " + failed.reason(),
                details("shipmentId", failed.shipmentId(), "prescriptionId", failed.prescriptionId(),
                        "pharmacyId", failed.pharmacyId(), "fillNumber", failed.fillNumber(), "reason", failed.reason()));
    }

    public static Fact of(ShipmentCancelled cancelled) {
        return new Fact(EntryType.SHIPMENT_CANCELLED, cancelled.shipmentId(), cancelled.cancelledAt(),
                "Fill " + cancelled.fillNumber() + " cancelled before dispatch (" + cancelled.reason() + ")",
                details("shipmentId", cancelled.shipmentId(), "prescriptionId", cancelled.prescriptionId(),
                        "pharmacyId", cancelled.pharmacyId(), "fillNumber", cancelled.fillNumber(), "reason", cancelled.reason()));
    }

    public static Fact of(SessionStarted started) {
        return new Fact(EntryType.SESSION_STARTED, started.sessionId(), started.startedAt(),
                "Session " + started.sessionNumber() + " started (blood pressure " + started.bloodPressureBefore().systolic()
                        + "/" + started.bloodPressureBefore().diastolic() + ")",
                details("sessionId", started.sessionId(), "sessionNumber", started.sessionNumber(),
                        "systolicBefore", started.bloodPressureBefore().systolic(),
                        "diastolicBefore", started.bloodPressureBefore().diastolic()));
    }

    public static Fact of(SessionBlocked blocked) {
        return new Fact(EntryType.SESSION_BLOCKED, blocked.attemptId(), blocked.blockedAt(),
                "Session blocked by the safety check: " + String.join(", ", blocked.reasonCodes())
                        + (blocked.urgentEscalation() ? "; blood pressure crisis, URGENT check-in" : ""),
                details("attemptId", blocked.attemptId(), "reasonCodes", blocked.reasonCodes(),
                        "retryAfter", blocked.retryAfter(), "urgentEscalation", blocked.urgentEscalation()));
    }

    public static Fact of(SessionCompleted session) {
        String ended = "ABANDONED".equals(session.status()) ? " abandoned" : " completed";
        return new Fact(EntryType.SESSION_COMPLETED, session.sessionId(), session.completedAt(),
                "Session " + session.sessionNumber() + ended + ": " + session.doseMg() + " mg (" + session.unitsUsed() + (session.unitsUsed() == 1 ? " lozenge)" : " lozenges)")
                        + (session.intensity() == null ? "" : ", intensity " + session.intensity() + "/10"),
                details("sessionId", session.sessionId(), "prescriptionId", session.prescriptionId(),
                        "sessionNumber", session.sessionNumber(), "status", session.status(), "doseMg", session.doseMg(),
                        "unitsUsed", session.unitsUsed(), "intensity", session.intensity(), "sideEffects", session.sideEffects(),
                        "moodBefore", session.moodBefore(), "moodAfter", session.moodAfter(),
                        "startedAt", session.startedAt(), "durationMinutes", session.durationMinutes()));
    }

    public static Fact of(AdverseEventReported reported) {
        return new Fact(EntryType.ADVERSE_EVENT_REPORTED, reported.adverseEventId(), reported.reportedAt(),
                "Adverse event reported: " + reported.severity() + " (" + reported.category() + ")"
                        + (reported.holdPlaced() ? "; sessions and fills on hold until the URGENT check-in" : ""),
                details("adverseEventId", reported.adverseEventId(), "sessionId", reported.sessionId(),
                        "severity", reported.severity(), "category", reported.category(), "holdPlaced", reported.holdPlaced()));
    }

    /** Key, value, key, value...; null values are left out. Instants are kept as ISO-8601 text. */
    private static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value instanceof UUID || value instanceof Instant) {
                value = value.toString();
            } else if (value instanceof List<?> list) {
                value = List.copyOf(list);
            }
            if (value != null) {
                details.put((String) keysAndValues[i], value);
            }
        }
        return details;
    }
}
