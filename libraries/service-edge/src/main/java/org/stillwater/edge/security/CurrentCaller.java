package org.stillwater.edge.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, read from the token once. Inject this (a request-scoped bean), not a
 * {@link Caller}: resources and services are singletons and must ask for each request's caller.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    private Caller caller;

    /** @throws io.quarkus.security.UnauthorizedException without a token; ForbiddenException without any Stillwater role */
    public Caller get() {
        if (caller == null) {
            caller = read();
        }
        return caller;
    }

    private Caller read() {
        if (identity.isAnonymous()) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        Role role = Role.primary(identity.getRoles())
                .orElseThrow(() -> new ForbiddenException("the token has none of the Stillwater roles"));
        return fromClaims(token.getSubject(), role, claim -> token.getClaim(claim));
    }

    /** Separated from the framework so the claim reading is unit-tested with plain maps. */
    static Caller fromClaims(String subject, Role role, java.util.function.Function<String, Object> claims) {
        String name = text(claims.apply("preferred_username"))
                .or(() -> text(claims.apply("azp")))
                .orElse(subject);
        return new Caller(
                subject,
                name,
                text(claims.apply("family_name")),
                role,
                text(claims.apply("partner_id")),
                text(claims.apply("patient_id")).flatMap(CurrentCaller::uuid),
                texts(claims.apply("licensed_states")),
                text(claims.apply("npi")),
                text(claims.apply("dea_number")),
                text(claims.apply("pharmacy_id")));
    }

    private static Optional<String> text(Object claim) {
        if (claim == null) {
            return Optional.empty();
        }
        String value = claim instanceof jakarta.json.JsonString json ? json.getString() : claim.toString();
        return value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static Set<String> texts(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(value -> text(value).ifPresent(values::add));
        } else {
            text(claim).ifPresent(values::add);
        }
        return Set.copyOf(values);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
