package org.stillwater.checkin.journey;

/**
 * What a journey entry is about. The first twelve are facts other services announced; the rest come from this
 * service's check-ins. At the same instant, entries follow this order.
 */
public enum EntryType {
    EVALUATION_APPROVED,
    PRESCRIPTION_ISSUED,
    PRESCRIPTION_CANCELLED,
    SHIPMENT_REQUESTED,
    SHIPMENT_DISPATCHED,
    SHIPMENT_DELIVERED,
    SHIPMENT_FAILED,
    SHIPMENT_CANCELLED,
    SESSION_BLOCKED,
    SESSION_STARTED,
    SESSION_COMPLETED,
    ADVERSE_EVENT_REPORTED,
    CHECK_IN_DUE,
    CHECK_IN_MISSED,
    CHECK_IN_COMPLETED,
    HOLD_LIFTED,
    DOSAGE_ADJUSTED,
    TREATMENT_PAUSED,
    TREATMENT_RESUMED,
    TREATMENT_DISCONTINUED,
    CHECK_IN_CANCELLED
}
