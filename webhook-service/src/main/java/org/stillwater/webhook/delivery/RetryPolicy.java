package org.stillwater.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What happens after an attempt that did not deliver: exponential backoff with full jitter (the delay before attempt
 * n+1 is uniform in [0, min(cap, base * 2^(n-1))]) until {@code giveUpAfter} past the round's first attempt, then the
 * delivery fails for good. A 410 Gone ends it at once: the receiver said the endpoint is gone. The last retry is
 * never later than the give-up time, so a delivery is tried for the whole period and not beyond.
 */
public record RetryPolicy(Duration base, Duration cap, Duration giveUpAfter) {

    /** The platform's policy: 1 s doubling, capped at 1 h, for 24 h. */
    public static final RetryPolicy STANDARD = new RetryPolicy(Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofHours(24));

    private static final int GONE = 410;

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("retry policy needs 0 < base <= cap and giveUpAfter >= 0");
        }
    }

    /** The decision after a failed attempt: retry at {@code at}, or give up ({@code at} is null). */
    public record Next(Instant at) {

        public static final Next GIVE_UP = new Next(null);

        public boolean givesUp() {
            return at == null;
        }
    }

    /**
     * @param responseCode   the receiver's status code, or null when no answer came (timeout, refused, reset)
     * @param attemptsMade   attempts made in this round, the failed one included (1 after the first)
     * @param firstAttemptAt when this round's first attempt was made
     * @param now            when the failed attempt ended
     */
    public Next afterFailure(Integer responseCode, int attemptsMade, Instant firstAttemptAt, Instant now, RandomGenerator random) {
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("attemptsMade must be at least 1, was " + attemptsMade);
        }
        if (isGone(responseCode)) {
            return Next.GIVE_UP;
        }
        Instant giveUpAt = firstAttemptAt.plus(giveUpAfter);
        if (!now.isBefore(giveUpAt)) {
            return Next.GIVE_UP;
        }
        long ceilingMillis = ceiling(attemptsMade).toMillis();
        Instant next = now.plusMillis(random.nextLong(ceilingMillis + 1));
        return new Next(next.isAfter(giveUpAt) ? giveUpAt : next);
    }

    /** The receiver answered 410 Gone: the endpoint is gone for good. */
    public static boolean isGone(Integer responseCode) {
        return responseCode != null && responseCode == GONE;
    }

    /** min(cap, base * 2^(attempts-1)), without overflowing for a large number of attempts. */
    Duration ceiling(int attemptsMade) {
        int doublings = attemptsMade - 1;
        if (doublings >= 62 || base.toMillis() > (cap.toMillis() >> Math.min(doublings, 62))) {
            return cap;
        }
        Duration grown = base.multipliedBy(1L << doublings);
        return grown.compareTo(cap) > 0 ? cap : grown;
    }
}
