package org.stillwater.webhook.subscription;

import java.time.Duration;
import java.time.Instant;

/**
 * When signing secrets are valid: from their creation until their expiry (none until a rotation sets one). A rotation
 * leaves the secret it replaces (the newest valid one) valid until now + the overlap (0: invalid at once), never longer
 * than it already was, and ends every older one at once: at most {@value #MAX_VALID_SECRETS} secrets are valid, so a
 * delivery carries at most two signatures however often the secret is rotated.
 */
public final class SecretRotationPolicy {

    public static final int DEFAULT_OVERLAP_HOURS = 24;
    public static final int MAX_OVERLAP_HOURS = 168;
    public static final int MAX_VALID_SECRETS = 2;

    private SecretRotationPolicy() {
    }

    /** Valid at {@code at}: created at or before it, and not expired (the expiry instant itself is past). */
    public static boolean validAt(Instant createdAt, Instant expiresAt, Instant at) {
        return !createdAt.isAfter(at) && (expiresAt == null || at.isBefore(expiresAt));
    }

    /**
     * The expiry of a secret valid at a rotation at {@code now}: the newest of them ({@code newestValid}) overlaps the
     * new secret; any older one, still in the overlap of an earlier rotation, ends now.
     */
    public static Instant expiryAfterRotation(boolean newestValid, Instant currentExpiry, Instant now, Duration overlap) {
        return newestValid ? expiryAfterRotation(currentExpiry, now, overlap) : now;
    }

    /** The expiry of a secret that a rotation at {@code now} replaces. */
    public static Instant expiryAfterRotation(Instant currentExpiry, Instant now, Duration overlap) {
        Instant end = now.plus(overlap);
        return currentExpiry != null && currentExpiry.isBefore(end) ? currentExpiry : end;
    }
}
