package org.stillwater.webhook.delivery;

/** PENDING until a 2xx (DELIVERED) or until retries are exhausted or the receiver answered 410 (FAILED). */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
