package org.stillwater.prescription.shipment;

/** Why a requested fill must not be dispatched: the reasons of {@code ShipmentCancelled}. */
public enum ShipmentCancellationReason {
    TREATMENT_PAUSED,
    TREATMENT_DISCONTINUED,
    PRESCRIPTION_CANCELLED,
    ADVERSE_EVENT_HOLD
}
