package org.stillwater.edge.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bearer tokens are verified by Quarkus OIDC; this makes every way a token can fail an authentication failure
 * (a 401), including the ones OIDC does not expect of a client: the token {@code ..} makes its parser throw a
 * {@code NoSuchElementException}, which would otherwise be answered 500. Delegation as in Quarkus' "Security
 * tips and tricks" (HttpAuthenticationMechanism customization).
 *
 * <p>A token OIDC has verified is remembered until it expires ({@link VerifiedTokens}), and the same token's next
 * request gets that identity without a new verification. The identity's request-bound attributes (the routing
 * context, the blocking executor) are this request's, never the remembered request's.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class BearerTokens implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    OidcAuthenticationMechanism oidc;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "stillwater.security.verified-tokens.max-size")
    long verifiedTokensMaxSize;

    private VerifiedTokens verifiedTokens;

    @PostConstruct
    void keepVerifiedTokens() {
        verifiedTokens = new VerifiedTokens(verifiedTokensMaxSize, Clock.systemUTC());
        verifiedTokens.measuredBy(metrics);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        Optional<String> token = bearerToken(context);
        Optional<SecurityIdentity> remembered = token.flatMap(verifiedTokens::find);
        if (remembered.isPresent()) {
            return Uni.createFrom().item(forThisRequest(remembered.get(), context));
        }
        return Uni.createFrom().deferred(() -> oidc.authenticate(context, identityProviderManager))
                .invoke(identity -> token.ifPresent(verified -> verifiedTokens.remember(verified, identity)))
                .onFailure(failure -> !(failure instanceof AuthenticationException))
                .transform(AuthenticationFailedException::new);
    }

    /** The token of an {@code Authorization: Bearer <token>} header; OIDC decides what any other header means. */
    private static Optional<String> bearerToken(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length());
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** Attribute names as Quarkus OIDC sets them on the identities it builds (OidcUtils). */
    private static SecurityIdentity forThisRequest(SecurityIdentity remembered, RoutingContext context) {
        String blockingApi = AuthenticationRequestContext.class.getName();
        return QuarkusSecurityIdentity.builder(remembered)
                .addAttribute(RoutingContext.class.getName(), context)
                .addAttribute(blockingApi, context.get(blockingApi))
                .build();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority();
    }
}
