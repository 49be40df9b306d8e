package org.stillwater.webhook.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.stillwater.edge.idempotency.StoredForReplay;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The subscriptions' signing secrets ({@code whsec_} + base64 of 32 random bytes, the Standard Webhooks form),
 * stored encrypted. Built at start-up so a missing or malformed {@code stillwater.webhook.secret-encryption-key}
 * stops the service before it serves anything (prod has no default).
 */
@Startup
@ApplicationScoped
public class SigningSecrets {

    private static final String PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final SecretCipher cipher;

    /**
     * A rotation's outcome.
     *
     * @param signingSecret           the new secret, shown only here
     * @param previousSecretExpiresAt until when the secrets it replaced stay valid; absent when none was valid
     */
    /**
     * A rotation's answer: the new secret, shown only here, and until when the previous ones are valid. A retry with
     * the same Idempotency-Key answers the expiry without the secret (kept only encrypted, never in the idempotency record).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rotation(String signingSecret, Instant previousSecretExpiresAt) implements StoredForReplay {

        @Override
        public Rotation forReplay() {
            return new Rotation(null, previousSecretExpiresAt);
        }
    }

    @Inject
    public SigningSecrets(@ConfigProperty(name = "stillwater.webhook.secret-encryption-key") String encryptionKey) {
        this.cipher = new SecretCipher(encryptionKey, random);
    }

    /** A new secret for the subscription, valid from {@code now}; its plaintext, to show once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(UUID subscriptionId, Instant now) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getEncoder().encodeToString(bytes);
        SigningSecret stored = new SigningSecret();
        stored.id = UUID.randomUUID();
        stored.subscriptionId = subscriptionId;
        stored.encryptedSecret = cipher.encrypt(secret, stored.id.toString());
        stored.createdAt = now;
        stored.persist();
        return secret;
    }

    /**
     * A new secret; the newest of the ones valid at {@code now} stays valid for {@code overlap} more (0: no longer), any
     * older one ends now ({@link SecretRotationPolicy}: at most two valid at once).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Rotation rotate(UUID subscriptionId, Instant now, Duration overlap) {
        List<SigningSecret> valid = SigningSecret.<SigningSecret>list("subscriptionId", subscriptionId).stream()
                .filter(previous -> SecretRotationPolicy.validAt(previous.createdAt, previous.expiresAt, now))
                .sorted(Comparator.comparing((SigningSecret previous) -> previous.createdAt).reversed())
                .toList();
        for (int i = 0; i < valid.size(); i++) {
            SigningSecret previous = valid.get(i);
            previous.expiresAt = SecretRotationPolicy.expiryAfterRotation(i == 0, previous.expiresAt, now, overlap);
        }
        Instant previousExpiresAt = valid.isEmpty() ? null : valid.get(0).expiresAt;
        return new Rotation(issue(subscriptionId, now), previousExpiresAt);
    }

    /** The plaintext secrets valid at {@code at}, newest first: a delivery signs with each. */
    @Transactional
    public List<String> activeSecrets(UUID subscriptionId, Instant at) {
        return SigningSecret.<SigningSecret>list("subscriptionId", subscriptionId).stream()
                .filter(secret -> SecretRotationPolicy.validAt(secret.createdAt, secret.expiresAt, at))
                .sorted(Comparator.comparing((SigningSecret secret) -> secret.createdAt).reversed())
                .map(secret -> cipher.decrypt(secret.encryptedSecret, secret.id.toString()))
                .toList();
    }
}
