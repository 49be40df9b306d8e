package org.stillwater.contracts;

import java.util.Arrays;
import java.util.Optional;
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

/** The catalog of DESIGN §4: every event, its data record and its topic. Version 1 of each. */
public enum EventType {
    INTAKE_SUBMITTED(IntakeSubmitted.class, Topics.INTAKE_EVENTS),
    EVALUATION_APPROVED(EvaluationApproved.class, Topics.INTAKE_EVENTS),
    EVALUATION_REJECTED(EvaluationRejected.class, Topics.INTAKE_EVENTS),
    SHIPPING_ADDRESS_CHANGED(ShippingAddressChanged.class, Topics.INTAKE_EVENTS),

    PRESCRIPTION_ISSUED(PrescriptionIssued.class, Topics.PRESCRIPTION_EVENTS),
    PRESCRIPTION_CANCELLED(PrescriptionCancelled.class, Topics.PRESCRIPTION_EVENTS),

    SHIPMENT_REQUESTED(ShipmentRequested.class, Topics.PHARMACY_SHIPMENTS),
    SHIPMENT_DISPATCHED(ShipmentDispatched.class, Topics.PHARMACY_SHIPMENTS),
    SHIPMENT_DELIVERED(ShipmentDelivered.class, Topics.PHARMACY_SHIPMENTS),
    SHIPMENT_FAILED(ShipmentFailed.class, Topics.PHARMACY_SHIPMENTS),
    SHIPMENT_CANCELLED(ShipmentCancelled.class, Topics.PHARMACY_SHIPMENTS),

    SESSION_STARTED(SessionStarted.class, Topics.SESSION_EVENTS),
    SESSION_BLOCKED(SessionBlocked.class, Topics.SESSION_EVENTS),
    SESSION_COMPLETED(SessionCompleted.class, Topics.SESSION_EVENTS),
    ADVERSE_EVENT_REPORTED(AdverseEventReported.class, Topics.SESSION_EVENTS),

    CHECK_IN_SCHEDULED(CheckInScheduled.class, Topics.CHECKIN_EVENTS),
    CHECK_IN_COMPLETED(CheckInCompleted.class, Topics.CHECKIN_EVENTS),
    CHECK_IN_MISSED(CheckInMissed.class, Topics.CHECKIN_EVENTS),
    DOSAGE_ADJUSTED(DosageAdjusted.class, Topics.CHECKIN_EVENTS),
    TREATMENT_PAUSED(TreatmentPaused.class, Topics.CHECKIN_EVENTS),
    TREATMENT_RESUMED(TreatmentResumed.class, Topics.CHECKIN_EVENTS),
    TREATMENT_DISCONTINUED(TreatmentDiscontinued.class, Topics.CHECKIN_EVENTS);

    private final Class<? extends EventData> dataClass;
    private final String topic;

    EventType(Class<? extends EventData> dataClass, String topic) {
        this.dataClass = dataClass;
        this.topic = topic;
    }

    public Class<? extends EventData> dataClass() {
        return dataClass;
    }

    public String topic() {
        return topic;
    }

    /** The event's name as DESIGN §4 spells it, e.g. {@code EvaluationApproved}. */
    public String eventName() {
        return dataClass.getSimpleName();
    }

    /** The CloudEvents {@code type}, e.g. {@code stillwater.EvaluationApproved.v1}. */
    public String cloudEventType() {
        return "stillwater." + eventName() + ".v1";
    }

    /** Classpath location of the JSON Schema of this event's {@code data}. */
    public String schemaResource() {
        return "contracts/schemas/" + eventName() + ".v1.json";
    }

    public static Optional<EventType> fromCloudEventType(String type) {
        return Arrays.stream(values()).filter(t -> t.cloudEventType().equals(type)).findFirst();
    }

    public static EventType of(Class<?> dataClass) {
        return Arrays.stream(values())
                .filter(t -> t.dataClass == dataClass)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(dataClass + " is not an event of the catalog"));
    }
}
