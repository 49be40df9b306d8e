package org.stillwater.webhook.subscription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A caller's subscription: where to POST the events it may receive, and which of them (none listed = all). */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;
    public OwnerRole ownerRole;
    public String ownerId;
    public String url;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> eventTypes = new ArrayList<>();
    public String description;
    @Enumerated(EnumType.STRING)
    public SubscriptionStatus status;
    /** Why it was DISABLED (GONE: the receiver answered 410). */
    public String disabledReason;
    public Instant disabledAt;
    /** Since when a delivery failed for good; cleared by the next one delivered. */
    public Instant failingSince;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    public static Subscription create(Owner owner, URI url, List<String> eventTypes, String description,
                                      Instant now) {
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.ownerRole = owner.role();
        subscription.ownerId = owner.id();
        subscription.url = url.toString();
        subscription.eventTypes = new ArrayList<>(eventTypes);
        subscription.description = description;
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.createdAt = now;
        subscription.updatedAt = now;
        return subscription;
    }

    /** Sets the status; leaving DISABLED clears why and when it was disabled. */
    public void changeStatus(SubscriptionStatus next, Instant now) {
        if (status == SubscriptionStatus.DISABLED && next != SubscriptionStatus.DISABLED) {
            disabledReason = null;
            disabledAt = null;
        }
        status = next;
        updatedAt = now;
    }

    public CreatedSubscription created(String signingSecret) {
        return new CreatedSubscription(id, url, List.copyOf(eventTypes), description, status, createdAt, signingSecret);
    }

    public SubscriptionView view() {
        return new SubscriptionView(id, url, List.copyOf(eventTypes), description, status, createdAt, updatedAt, disabledReason,
                disabledAt, failingSince);
    }
}
