package org.stillwater.webhook.subscription;

/**
 * ACTIVE: deliveries go out. PAUSED: deliveries are queued and go out on resume. DISABLED: the receiver answered
 * 410 Gone; no new deliveries until the owner sets it ACTIVE again. DELETED: kept for audit, invisible to its owner.
 */
public enum SubscriptionStatus {
    ACTIVE,
    PAUSED,
    DISABLED,
    DELETED
}
