package org.stillwater.webhook.subscription;

import java.time.Duration;
import java.time.Instant;

/**
 * When signing secrets are valid: from their creation until their expiry (none until a rotation sets one). A rotation
 * leaves each previous secret valid until now + the overlap (0: invalid at once), never longer than it already was.
 */
public final class SecretRotationPolicy {

    public static final int DEFAULT_OVERLAP_HOURS = 24;
    public static final int MAX_OVERLAP_HOURS = 168;

    private SecretRotationPolicy() {
    }

    /** Valid at {@code at}: created at or before it, and not expired (the expiry instant itself is past). */
    public static boolean validAt(Instant createdAt, Instant expiresAt, Instant at) {
        return !createdAt.isAfter(at) && (expiresAt == null || at.isBefore(expiresAt));
    }

    /** The expiry of a secret that a rotation at {@code now} replaces. */
    public static Instant expiryAfterRotation(Instant currentExpiry, Instant now, Duration overlap) {
        Instant end = now.plus(overlap);
        return currentExpiry != null && currentExpiry.isBefore(end) ? currentExpiry : end;
    }
}
