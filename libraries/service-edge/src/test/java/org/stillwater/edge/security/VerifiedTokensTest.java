package org.stillwater.edge.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** A verified token's identity is handed out again only for the very same token, and only until it expires. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofMinutes(15));
    private static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedTokens verifiedTokens = new VerifiedTokens(100, TIME_TO_LIVE, clock);

    @Test
    void aVerifiedTokensIdentityIsFoundForTheSameToken() {
        SecurityIdentity identity = verified("token-a", "dr.california", EXPIRY);
        verifiedTokens.remember("token-a", identity);

        assertEquals(Optional.of(identity), verifiedTokens.find("token-a"));
    }

    @Test
    void anotherTokenFindsNothing() {
        verifiedTokens.remember("token-a", verified("token-a", "dr.california", EXPIRY));

        assertEquals(Optional.empty(), verifiedTokens.find("token-a "));
        assertEquals(Optional.empty(), verifiedTokens.find("token-b"));
    }

    @Test
    void nothingIsFoundOnceTheTokenHasExpired() {
        Instant expiry = NOW.plus(Duration.ofMinutes(2));
        verifiedTokens.remember("token-a", verified("token-a", "dr.california", expiry));

        clock.now = expiry.minusMillis(1);
        assertTrue(verifiedTokens.find("token-a").isPresent(), "still valid a millisecond before exp");
        clock.now = expiry;
        assertEquals(Optional.empty(), verifiedTokens.find("token-a"), "a token is invalid from its exp on, as OIDC has it");
    }

    @Test
    void anIdentityVerifiedForAnotherTokenIsNotKeptUnderThisOne() {
        verifiedTokens.remember("token-b", verified("token-a", "dr.california", EXPIRY));

        assertEquals(Optional.empty(), verifiedTokens.find("token-b"));
    }

    @Test
    void anIdentityWithoutASignedTokenIsNotKept() {
        SecurityIdentity anonymous = QuarkusSecurityIdentity.builder().setAnonymous(true).build();
        SecurityIdentity withoutExpiry = verified("token-c", "dr.texas", Instant.EPOCH);
        verifiedTokens.remember("token-a", anonymous);
        verifiedTokens.remember("token-c", withoutExpiry);
        verifiedTokens.remember("token-d", null);

        assertEquals(Optional.empty(), verifiedTokens.find("token-a"));
        assertEquals(Optional.empty(), verifiedTokens.find("token-c"));
        assertEquals(Optional.empty(), verifiedTokens.find("token-d"));
    }

    @Test
    void anAlreadyExpiredTokenIsNotKept() {
        clock.now = EXPIRY.plusSeconds(1);
        verifiedTokens.remember("token-a", verified("token-a", "dr.california", EXPIRY));

        clock.now = NOW;
        assertEquals(Optional.empty(), verifiedTokens.find("token-a"));
    }

    @Test
    void aMaximumOfZeroKeepsNothing() {
        VerifiedTokens none = new VerifiedTokens(0, TIME_TO_LIVE, clock);
        none.remember("token-a", verified("token-a", "dr.california", EXPIRY));

        assertEquals(Optional.empty(), none.find("token-a"));
    }

    @Test
    void aNegativeMaximumOrANonPositiveTimeToLiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokens(-1, TIME_TO_LIVE, clock));
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokens(100, Duration.ZERO, clock));
    }

    @Test
    void aTokenIsTrustedNoLongerThanTheTimeToLiveWhateverExpItClaims() {
        Instant inTenYears = NOW.plus(Duration.ofDays(3650));
        verifiedTokens.remember("token-a", verified("token-a", "dr.california", inTenYears));

        clock.now = NOW.plus(TIME_TO_LIVE).minusMillis(1);
        assertTrue(verifiedTokens.find("token-a").isPresent());
        clock.now = NOW.plus(TIME_TO_LIVE);
        assertEquals(Optional.empty(), verifiedTokens.find("token-a"), "verified by OIDC again after the time to live");
    }

    /** An identity as Quarkus OIDC builds it: the token's claims as principal, the token as credential. */
    private static SecurityIdentity verified(String rawToken, String user, Instant expiry) {
        Map<String, Object> claims = Map.of("raw_token", rawToken, "preferred_username", user, "exp", expiry.getEpochSecond());
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new Claims(claims))
                .addCredential(new AccessTokenCredential(rawToken))
                .addRole(Role.CLINICIAN_ROLE)
                .build();
    }

    private record Claims(Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return (String) claims.get("preferred_username");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        private MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
