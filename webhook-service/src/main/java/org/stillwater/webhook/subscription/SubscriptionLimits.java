package org.stillwater.webhook.subscription;

import java.util.Optional;
import java.util.UUID;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * How many subscriptions an owner may have, so one event cannot be fanned out into many POSTs (amplification): at most
 * {@code maxLivePerOwner} live (not DELETED) subscriptions per owner, and no two of them with the same URL.
 */
public final class SubscriptionLimits {

    private SubscriptionLimits() {
    }

    /** Why the owner, with {@code live} live subscriptions, may not add one more; nothing when it may. */
    public static Optional<Refusal> refusalOfAnother(long live, int maxLivePerOwner) {
        if (live < maxLivePerOwner) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("subscriptions", "subscription-limit-reached",
                "you have " + live + " subscriptions, the most allowed is " + maxLivePerOwner
                        + "; delete one, or subscribe one URL to more event types"));
    }

    /** Why the URL may not be used when the owner's live subscription {@code existing} already delivers to it. */
    public static Refusal duplicateUrl(UUID existing) {
        return new Refusal("url", "duplicate-url", "your subscription " + existing
                + " already delivers to this URL; change its eventTypes instead of adding another");
    }
}
