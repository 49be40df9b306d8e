package org.stillwater.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * What a redelivery asks for: one delivery, or a time range of at most {@link #LONGEST_RANGE} (a bounded amount of
 * work per request; a longer period is asked for in several). Exactly one of the two.
 */
public final class RedeliveryRules {

    public static final Duration LONGEST_RANGE = Duration.ofDays(7);
    /** The earliest and latest instants a range may name: no delivery is older or newer, and beyond them the database's timestamps end. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private RedeliveryRules() {
    }

    /** Every reason the request is refused; empty when it is a valid scope. */
    public static List<Refusal> refusals(UUID deliveryId, Instant from, Instant to) {
        List<Refusal> refusals = new ArrayList<>();
        boolean anyRange = from != null || to != null;
        if (deliveryId == null && !anyRange) {
            refusals.add(new Refusal("deliveryId", "required", "give a deliveryId, or a range with from and to"));
            return refusals;
        }
        if (deliveryId != null && anyRange) {
            refusals.add(new Refusal("deliveryId", "one-scope", "give a deliveryId or a range (from, to), not both"));
            return refusals;
        }
        if (deliveryId != null) {
            return refusals;
        }
        if (from == null) {
            refusals.add(new Refusal("from", "required", "a range needs from"));
        }
        if (to == null) {
            refusals.add(new Refusal("to", "required", "a range needs to"));
        }
        boolean fromInRange = from == null || withinTime(from);
        boolean toInRange = to == null || withinTime(to);
        if (!fromInRange) {
            refusals.add(new Refusal("from", "out-of-range", "from must lie between " + EARLIEST + " and " + LATEST));
        }
        if (!toInRange) {
            refusals.add(new Refusal("to", "out-of-range", "to must lie between " + EARLIEST + " and " + LATEST));
        }
        if (from != null && to != null && fromInRange && toInRange) {
            if (!to.isAfter(from)) {
                refusals.add(new Refusal("to", "not-after-from", "to must be after from"));
            } else if (Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
                refusals.add(new Refusal("to", "range-too-long", "a range may span at most 7 days"));
            }
        }
        return refusals;
    }

    private static boolean withinTime(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }
}
