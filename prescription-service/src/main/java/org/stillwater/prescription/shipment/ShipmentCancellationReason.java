package org.stillwater.prescription.shipment;

/** Why a requested fill must not be dispatched: the reasons of {@code ShipmentCancelled}. */
public enum ShipmentCancellationReason {
    TREATMENT_PAUSED,
    TREATMENT_DISCONTINUED,
    PRESCRIPTION_CANCELLED,
    ADVERSE_EVENT_HOLD,
    /** The patient's shipping address changed: the fill is requested again to the new one when its pharmacy may ship there. */
    SHIPPING_ADDRESS_CHANGED,
    /** Not dispatched by the end of its prescription's last fill day (21 CFR 1306.22: six months after issue): it never can be. */
    EXPIRED
}
