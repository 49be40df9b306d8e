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
    private static final String TOKEN_A = jws("a");
    private static final String TOKEN_B = jws("b");
    private static final String TOKEN_C = jws("c");
    private static final String TOKEN_D = jws("d");

    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedTokens verifiedTokens = new VerifiedTokens(100, TIME_TO_LIVE, clock);

    @Test
    void aVerifiedTokensIdentityIsFoundForTheSameToken() {
        SecurityIdentity identity = verified(TOKEN_A, "dr.california", EXPIRY);
        verifiedTokens.remember(TOKEN_A, identity);

        assertEquals(Optional.of(identity), verifiedTokens.find(TOKEN_A));
    }

    @Test
    void anotherTokenFindsNothing() {
        verifiedTokens.remember(TOKEN_A, verified(TOKEN_A, "dr.california", EXPIRY));

        assertEquals(Optional.empty(), verifiedTokens.find(TOKEN_A + " "));
        assertEquals(Optional.empty(), verifiedTokens.find(TOKEN_B));
    }

    @Test
    void nothingIsFoundOnceTheTokenHasExpired() {
        Instant expiry = NOW.plus(Duration.ofMinutes(2));
        verifiedTokens.remember(TOKEN_A, verified(TOKEN_A, "dr.california", expiry));

        clock.now = expiry.minusMillis(1);
        assertTrue(verifiedTokens.find(TOKEN_A).isPresent(), "still valid a millisecond before exp");
        clock.now = expiry;
        assertEquals(Optional.empty(), verifiedTokens.find(TOKEN_A), "a token is invalid from its exp on, as OIDC has it");
    }

    @Test
    void anIdentityVerifiedForAnotherTokenIsNotKeptUnderThisOne() {
        verifiedTokens.remember(TOKEN_B, verified(TOKEN_A, "dr.california", EXPIRY));

        assertEquals(Optional.empty(), verifiedTokens.find(TOKEN_B));
    }

    @Test
    void anIdentityWithoutASignedTokenIsNotKept() {
        SecurityIdentity anonymous = QuarkusSecurityIdentity.builder().setAnonymous(true).build();
        SecurityIdentity withoutExpiry = verified(TOKEN_C, "dr.texas", Instant.EPOCH);
        verifiedTokens.remember(TOKEN_A, anonymous);
        verifiedTokens.remember(TOKEN_C, withoutExpiry);
        verifiedTokens.remember(TOKEN_D, null);

        assertEquals(Optional.empty(), verifiedTokens.find(TOKEN_A));
        assertEquals(Optional.empty(), verifiedTokens.find(TOKEN_C));
        assertEquals(Optional.empty(), verifiedTokens.find(TOKEN_D));
    }

    @Test
    void anAlreadyExpiredTokenIsNotKept() {
        clock.now = EXPIRY.plusSeconds(1);
        verifiedTokens.remember(TOKEN_A, verified(TOKEN_A, "dr.california", EXPIRY));

        clock.now = NOW;
        assertEquals(Optional.empty(), verifiedTokens.find(TOKEN_A));
    }

    @Test
    void anotherSpellingOfATokenIsNotKept() {
        for (String spelling : new String[] {TOKEN_A + "=", TOKEN_A + ";", TOKEN_A.replace('_', '/'), " " + TOKEN_A}) {
            verifiedTokens.remember(spelling, verified(spelling, "dr.california", EXPIRY));

            assertEquals(Optional.empty(), verifiedTokens.find(spelling), spelling);
        }
    }

    @Test
    void aMaximumOfZeroKeepsNothing() {
        VerifiedTokens none = new VerifiedTokens(0, TIME_TO_LIVE, clock);
        none.remember(TOKEN_A, verified(TOKEN_A, "dr.california", EXPIRY));

        assertEquals(Optional.empty(), none.find(TOKEN_A));
    }

    @Test
    void aNegativeMaximumOrANonPositiveTimeToLiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokens(-1, TIME_TO_LIVE, clock));
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokens(100, Duration.ZERO, clock));
    }

    @Test
    void aTokenIsTrustedNoLongerThanTheTimeToLiveWhateverExpItClaims() {
        Instant inTenYears = NOW.plus(Duration.ofDays(3650));
        verifiedTokens.remember(TOKEN_A, verified(TOKEN_A, "dr.california", inTenYears));

        clock.now = NOW.plus(TIME_TO_LIVE).minusMillis(1);
        assertTrue(verifiedTokens.find(TOKEN_A).isPresent());
        clock.now = NOW.plus(TIME_TO_LIVE);
        assertEquals(Optional.empty(), verifiedTokens.find(TOKEN_A), "verified by OIDC again after the time to live");
    }

    /** A compact JWS as Keycloak writes it: three base64url parts (contents made up; only OIDC checks them). */
    private static String jws(String name) {
        return "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ" + name + "In0.c2lnbmF0dXJl_-" + name;
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
