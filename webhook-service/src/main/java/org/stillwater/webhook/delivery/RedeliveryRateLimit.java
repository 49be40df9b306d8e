package org.stillwater.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How often a subscription's owner may ask for redeliveries (a redelivery is a POST to the receiver per delivery it
 * covers: unbounded, it turns one event into as many POSTs as it is asked): in any minute at most {@code rangesPerMinute}
 * range redeliveries and {@code singlesPerMinute} single-delivery ones. Plain Java: the resource gives it the recent
 * accepted requests of the same scope and the clock's now.
 */
public record RedeliveryRateLimit(int rangesPerMinute, int singlesPerMinute) {

    public static final Duration WINDOW = Duration.ofMinutes(1);

    public RedeliveryRateLimit {
        if (rangesPerMinute < 1 || singlesPerMinute < 1) {
            throw new IllegalArgumentException("redeliveries per minute must be at least 1");
        }
    }

    /** Since when accepted requests count: those at or after it. */
    public static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /**
     * How long until a request of this scope is accepted again, or nothing when it is accepted now.
     *
     * @param range  a range redelivery (else one delivery)
     * @param recent the accepted requests of the same scope in the minute before {@code now}
     */
    public Optional<Duration> retryAfter(boolean range, List<Instant> recent, Instant now) {
        int allowed = range ? rangesPerMinute : singlesPerMinute;
        List<Instant> inWindow = recent.stream().filter(at -> !at.isBefore(windowStart(now))).sorted(Comparator.reverseOrder()).toList();
        if (inWindow.size() < allowed) {
            return Optional.empty();
        }
        // the request that leaves the window next is the allowed-th newest: once it is a minute old, one more fits
        Instant freesUp = inWindow.get(allowed - 1).plus(WINDOW);
        return Optional.of(Duration.between(now, freesUp));
    }
}
