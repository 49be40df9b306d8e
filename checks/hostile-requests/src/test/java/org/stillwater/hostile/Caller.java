package org.stillwater.hostile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.stillwater.launcher.DemoAccounts;

/**
 * Who a hostile request claims to be. The five Stillwater roles and a user of an accepted client without any
 * of them call with real tokens; every other caller carries a token the services must not trust (or none),
 * so it must be answered 401 and audited as {@code anonymous}.
 */
enum Caller {
    PARTNER("partner", "service-account-" + DemoAccounts.ACME_CLIENT),
    PATIENT("patient", DemoAccounts.PATIENT_ALEX),
    CLINICIAN("clinician", DemoAccounts.DR_CALIFORNIA),
    PHARMACIST("pharmacist", DemoAccounts.PHARM_SUNRISE),
    OPS("ops", DemoAccounts.OPS),
    /** A user of the demo client whose token is genuine but carries none of the Stillwater roles. */
    WITHOUT_STILLWATER_ROLE(null, Credentials.ROLELESS_USER),
    NO_TOKEN,
    /** {@code Bearer abc.def.ghi} and other three-part strings that are not JWTs. */
    MALFORMED,
    /** Random text of up to a few kB after {@code Bearer}. */
    NOT_A_JWT,
    EMPTY_BEARER,
    OTHER_SCHEME,
    /** A real token's claims with {@code "alg": "none"} and no signature. */
    UNSIGNED,
    /** A real token with one character of its signature changed. */
    ALTERED_SIGNATURE,
    /** A real token's signature over claims that were changed: roles, expiry, issuer, audience, not-before. */
    ALTERED_CLAIMS,
    /** Claims signed with a key of our own, under the realm key's {@code kid}. */
    SIGNED_WITH_ANOTHER_KEY,
    /** Signed with HMAC, the realm's public key bytes as the secret (algorithm confusion). */
    HMAC_SIGNED,
    /** A real token of the realm, past its {@code exp}. */
    EXPIRED,
    /** A real token of the realm for a client the services do not accept ({@code admin-cli}). */
    FOREIGN_CLIENT,
    /** A real token of another realm of the same Keycloak ({@code master}). */
    OTHER_ISSUER;

    private final String role;
    private final String username;

    Caller(String role, String username) {
        this.role = role;
        this.username = username;
    }

    Caller() {
        this(null, null);
    }

    /** The caller's token is genuine and from an accepted client: its subject is the audited actor. */
    boolean isTrusted() {
        return username != null;
    }

    Optional<String> role() {
        return Optional.ofNullable(role);
    }

    /** The actor the audit row must name: the token's user when the token is trusted, else {@code anonymous}. */
    String auditedActor() {
        return isTrusted() ? username : "anonymous";
    }

    static List<Caller> untrusted() {
        return Arrays.stream(values()).filter(caller -> !caller.isTrusted()).toList();
    }
}
