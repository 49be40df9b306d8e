package org.stillwater.edge.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The identities Quarkus OIDC verified, each kept for at most {@code timeToLive} and never past its token's
 * {@code exp}, so the same caller's next request with the same bearer token skips the signature check and the
 * claims parsing (JWT verification was 6–9 % of session-service's CPU samples, issue 17). A hit needs the very token
 * OIDC accepted: entries are keyed by the token's SHA-256, and refused tokens are never kept, so a forged, altered,
 * expired or foreign token always goes to OIDC and is refused there.
 *
 * <p>What a hit does not repeat: the check against the signing keys OIDC knows now. When the realm withdraws a key,
 * OIDC refuses the tokens signed with it once it has fetched the realm's keys again; a token it accepted before stays
 * accepted here for at most {@code timeToLive} more (5 min by default), whatever {@code exp} the token claims.
 * Tokens are checked against real time (the token's clock), never the services' simulated clock.
 *
 * <p>Memory: at most {@code maxSize} identities, each the token's claims and credential, about as large as the
 * token; 0 keeps none. Its hits, misses, size and evictions are the {@code cache.*} metrics with the tag
 * {@code cache=verified-tokens}.
 */
public class VerifiedTokens {

    /**
     * A compact JWS as issuers write it: three base64url parts, no padding. OIDC also accepts other spellings of the
     * same token (padding, standard base64, characters its decoder skips); each would be an entry of its own, so one
     * caller could fill the cache with copies of one token. Those spellings are verified on every request instead.
     */
    private static final Pattern CANONICAL = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private final Clock clock;
    private final Duration timeToLive;
    private final Cache<String, Verified> verified;

    /**
     * @param maxSize how many verified tokens are kept at most; 0 keeps none
     * @param timeToLive how long a verified token is trusted without a new verification, at most (positive)
     */
    public VerifiedTokens(long maxSize, Duration timeToLive, Clock clock) {
        if (maxSize < 0) {
            throw new IllegalArgumentException("maxSize must be 0 or more, not " + maxSize);
        }
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("timeToLive must be positive, not " + timeToLive);
        }
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.verified = maxSize == 0 ? null : Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(Expiry.creating((String hash, Verified entry) -> entry.timeToLive(clock)))
                .recordStats()
                .build();
    }

    /** Publishes the cache's hits, misses, size and evictions ({@code cache.gets{cache=verified-tokens,result=hit}} …). */
    public void measuredBy(MeterRegistry registry) {
        if (verified != null) {
            CaffeineCacheMetrics.monitor(registry, verified, "verified-tokens");
        }
    }

    /** The identity OIDC verified for exactly this token, while neither the token nor its entry has expired. */
    public Optional<SecurityIdentity> find(String token) {
        if (verified == null) {
            return Optional.empty();
        }
        Verified entry = verified.getIfPresent(sha256(token));
        if (entry == null || !clock.instant().isBefore(entry.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /**
     * Keeps what OIDC verified for {@code token} for {@code timeToLive}, or until the token expires if that comes
     * first. Kept only for a signed token's identity (a {@link JsonWebToken} with an {@code exp}) whose access-token
     * credential is this very token, written as issuers write it ({@link #CANONICAL}): anything else is left to OIDC
     * on every request.
     */
    public void remember(String token, SecurityIdentity identity) {
        if (verified == null || identity == null || identity.isAnonymous() || !CANONICAL.matcher(token).matches()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || !token.equals(credential.getToken()) || !token.equals(jwt.getRawToken())) {
            return;
        }
        Instant now = clock.instant();
        Instant expiresAt = Instant.ofEpochSecond(jwt.getExpirationTime());
        if (expiresAt.isAfter(now.plus(timeToLive))) {
            expiresAt = now.plus(timeToLive);
        }
        if (now.isBefore(expiresAt)) {
            verified.put(sha256(token), new Verified(identity, expiresAt));
        }
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Verified(SecurityIdentity identity, Instant expiresAt) {

        Duration timeToLive(Clock clock) {
            Duration left = Duration.between(clock.instant(), expiresAt);
            return left.isNegative() ? Duration.ZERO : left;
        }
    }
}
