package org.stillwater.webhook.subscription;

import java.util.List;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * Which status an owner may set: ACTIVE or PAUSED, from ACTIVE, PAUSED or DISABLED (setting a DISABLED one ACTIVE
 * re-enables it after the 410 Gone that disabled it). DISABLED follows a 410 Gone only, DELETED a DELETE only.
 */
public final class SubscriptionLifecycle {

    private SubscriptionLifecycle() {
    }

    public static List<Refusal> refusalsOfStatus(SubscriptionStatus requested) {
        if (requested == SubscriptionStatus.ACTIVE || requested == SubscriptionStatus.PAUSED) {
            return List.of();
        }
        return List.of(new Refusal("status", "status-not-settable",
                "status may be set to ACTIVE or PAUSED; a subscription is DISABLED by a 410 Gone and DELETED by DELETE"));
    }
}
