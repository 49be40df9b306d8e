package org.stillwater.edge.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.runtime.Startup;
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
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Bearer tokens are verified by Quarkus OIDC; this makes every way a token can fail an authentication failure
 * (a 401), including the ones OIDC does not expect of a client: the token {@code ..} makes its parser throw a
 * {@code NoSuchElementException}, which would otherwise be answered 500; so is a request with more than one
 * Authorization header. Delegation as in Quarkus' "Security tips and tricks" (HttpAuthenticationMechanism
 * customization).
 *
 * <p>A token OIDC has verified is remembered for a while ({@link VerifiedTokens}), and the same token's next request
 * gets that identity without a new verification. The remembered identity keeps nothing of the request that verified
 * it: the routing context and the blocking executor OIDC attaches are left out, and a hit gets this request's routing
 * context (no blocking executor: OIDC sets one only while it runs). The cache is off where OIDC binds a token to its
 * request (DPoP proofs, client-certificate binding): a hit would skip that check.
 */
@Alternative
@Priority(1)
@ApplicationScoped
@Startup
public class BearerTokens implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);
    private static final String BEARER = "Bearer ";
    /** The attributes of one request that Quarkus OIDC puts on the identities it builds (OidcUtils). */
    private static final Set<String> REQUEST_ATTRIBUTES = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName());

    @Inject
    OidcAuthenticationMechanism oidc;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "stillwater.security.verified-tokens.max-size")
    long verifiedTokensMaxSize;

    @ConfigProperty(name = "stillwater.security.verified-tokens.time-to-live")
    Duration verifiedTokensTimeToLive;

    @ConfigProperty(name = "quarkus.oidc.token.binding.certificate", defaultValue = "false")
    boolean certificateBound;

    @ConfigProperty(name = "quarkus.oidc.token.authorization-scheme", defaultValue = "Bearer")
    String authorizationScheme;

    private VerifiedTokens verifiedTokens;
    private Counter remembered;
    private Counter verifiedByOidc;

    /** Built at start, so a wrong setting stops the service at once instead of failing its first request. */
    @PostConstruct
    void keepVerifiedTokens() {
        boolean boundToRequest = certificateBound || !"Bearer".equalsIgnoreCase(authorizationScheme);
        if (boundToRequest && verifiedTokensMaxSize > 0) {
            LOG.warn("verified tokens are not remembered: OIDC binds tokens to their request here (DPoP or client certificate)");
        }
        verifiedTokens = new VerifiedTokens(boundToRequest ? 0 : verifiedTokensMaxSize, verifiedTokensTimeToLive, Clock.systemUTC());
        verifiedTokens.measuredBy(metrics);
        remembered = metrics.counter("stillwater.bearer.tokens", "verification", "remembered");
        verifiedByOidc = metrics.counter("stillwater.bearer.tokens", "verification", "oidc");
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (context.request().headers().getAll(HttpHeaders.AUTHORIZATION).size() > 1) {
            // Which one counts differs by protocol (the first over HTTP/1.1, the last over HTTP/2) and by proxy.
            return Uni.createFrom().failure(new AuthenticationFailedException("more than one Authorization header"));
        }
        Optional<String> token = bearerToken(context);
        Optional<SecurityIdentity> known = token.flatMap(verifiedTokens::find);
        if (known.isPresent()) {
            remembered.increment();
            return Uni.createFrom().item(copy(known.get(), Map.of(RoutingContext.class.getName(), context)));
        }
        return Uni.createFrom().deferred(() -> oidc.authenticate(context, identityProviderManager))
                .invoke(identity -> {
                    if (identity != null) {
                        verifiedByOidc.increment();
                        token.ifPresent(verified -> verifiedTokens.remember(verified, copy(identity, Map.of())));
                    }
                })
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

    /** The identity without the attributes of the request OIDC verified it in, with {@code requestAttributes} instead. */
    private static SecurityIdentity copy(SecurityIdentity identity, Map<String, Object> requestAttributes) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.keySet().removeAll(REQUEST_ATTRIBUTES);
        attributes.putAll(requestAttributes);
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .setAnonymous(identity.isAnonymous())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addAttributes(attributes);
        if (identity instanceof QuarkusSecurityIdentity built) {
            copy.addPermissions(built.getPermissions());
        }
        return copy.build();
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
