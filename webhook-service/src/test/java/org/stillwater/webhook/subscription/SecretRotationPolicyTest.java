package org.stillwater.webhook.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecretRotationPolicyTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant ROTATED = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void aSecretWithoutExpiryIsValidFromItsCreationOn() {
        assertFalse(SecretRotationPolicy.validAt(CREATED, null, CREATED.minusMillis(1)));
        assertTrue(SecretRotationPolicy.validAt(CREATED, null, CREATED));
        assertTrue(SecretRotationPolicy.validAt(CREATED, null, CREATED.plus(Duration.ofDays(3650))));
    }

    @Test
    void theReplacedSecretStaysValidForTheOverlapAndNotAtItsEnd() {
        Instant expiry = SecretRotationPolicy.expiryAfterRotation(null, ROTATED, Duration.ofHours(24));
        assertEquals(ROTATED.plus(Duration.ofHours(24)), expiry);
        assertTrue(SecretRotationPolicy.validAt(CREATED, expiry, expiry.minusMillis(1)));
        assertFalse(SecretRotationPolicy.validAt(CREATED, expiry, expiry));
    }

    @Test
    void anOverlapOfZeroInvalidatesTheReplacedSecretAtOnce() {
        Instant expiry = SecretRotationPolicy.expiryAfterRotation(null, ROTATED, Duration.ZERO);
        assertFalse(SecretRotationPolicy.validAt(CREATED, expiry, ROTATED));
        assertTrue(SecretRotationPolicy.validAt(CREATED, expiry, ROTATED.minusMillis(1)));
    }

    @Test
    void aSecondRotationNeverProlongsASecretAlreadyExpiring() {
        Instant first = SecretRotationPolicy.expiryAfterRotation(null, ROTATED, Duration.ofHours(1));
        Instant second = SecretRotationPolicy.expiryAfterRotation(first, ROTATED.plus(Duration.ofMinutes(10)), Duration.ofHours(168));
        assertEquals(first, second);
    }

    @Test
    void aSecondRotationShortensAnOverlapWhenAskedForLess() {
        Instant first = SecretRotationPolicy.expiryAfterRotation(null, ROTATED, Duration.ofHours(168));
        Instant later = ROTATED.plus(Duration.ofHours(1));
        assertEquals(later, SecretRotationPolicy.expiryAfterRotation(first, later, Duration.ZERO));
    }

    @Test
    void aRotationEndsAtOnceAnOlderSecretStillInTheOverlapOfAnEarlierRotation() {
        Instant later = ROTATED.plus(Duration.ofMinutes(10));
        Instant older = SecretRotationPolicy.expiryAfterRotation(null, ROTATED, Duration.ofHours(24));
        assertEquals(later, SecretRotationPolicy.expiryAfterRotation(false, older, later, Duration.ofHours(24)));
        assertFalse(SecretRotationPolicy.validAt(CREATED, later, later));
    }

    @Test
    void aRotationLetsTheSecretItReplacesOverlap() {
        Instant later = ROTATED.plus(Duration.ofMinutes(10));
        assertEquals(later.plus(Duration.ofHours(24)), SecretRotationPolicy.expiryAfterRotation(true, null, later, Duration.ofHours(24)));
    }
}
