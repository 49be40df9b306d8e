package org.stillwater.prescription.shipment;

/** Why a fill did not reach the patient: the reasons of {@code ShipmentFailed}. */
public enum FailureReason {
    LOST,
    DAMAGED,
    RETURNED
}
