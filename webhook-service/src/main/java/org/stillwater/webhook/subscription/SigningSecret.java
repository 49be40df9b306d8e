package org.stillwater.webhook.subscription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One signing secret of a subscription, encrypted ({@link SecretCipher}); valid until {@code expiresAt} when set. */
@Entity
@Table(name = "signing_secret")
public class SigningSecret extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID subscriptionId;
    public byte[] encryptedSecret;
    public Instant createdAt;
    public Instant expiresAt;
}
