package org.stillwater.webhook.subscription;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stillwater.edge.persistence.Counts;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.Caller;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.webhook.callback.CallbackAddresses;

/**
 * The subscriptions: the caller's own (another owner's is not found, DESIGN §3), and those an event goes to. Every
 * request is audited by service-edge's audit filter; subscriptions name no patient, so their rows name none.
 */
@ApplicationScoped
public class Subscriptions {

    private static final String REFUSED = "webhook-subscription-refused";
    private static final String LIMIT_REACHED = "webhook-subscription-limit-reached";
    private static final String DUPLICATE_URL = "webhook-subscription-duplicate-url";
    private static final List<SubscriptionStatus> RECEIVING = List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.PAUSED);

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Inject
    CallbackAddresses callbackAddresses;

    @Inject
    SigningSecrets signingSecrets;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "stillwater.webhook.subscription.max-live-per-owner")
    int maxLivePerOwner;

    /** The owner the caller acts as. @throws ForbiddenException for a role that may not subscribe, or a token without its claim */
    public Owner callerAsOwner() {
        Caller caller = currentCaller.get();
        return switch (caller.role()) {
            case PARTNER -> new Owner(OwnerRole.PARTNER, caller.partnerId()
                    .orElseThrow(() -> new ForbiddenException("a partner token without partner_id")));
            case PHARMACIST -> new Owner(OwnerRole.PHARMACIST, caller.pharmacyId()
                    .orElseThrow(() -> new ForbiddenException("a pharmacist token without pharmacy_id")));
            case OPS -> new Owner(OwnerRole.OPS, caller.subject());
            case PATIENT, CLINICIAN -> throw new ForbiddenException("only partners, pharmacists and ops subscribe to webhooks");
        };
    }

    /** The caller's own subscription, not DELETED. @throws ProblemException 404 for any other */
    @Transactional(Transactional.TxType.MANDATORY)
    public Subscription visibleToCaller(UUID id) {
        Owner owner = callerAsOwner();
        return Subscription.<Subscription>find("id = ?1 and ownerRole = ?2 and ownerId = ?3 and status <> ?4",
                        id, owner.role(), owner.id(), SubscriptionStatus.DELETED)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("webhook subscription " + id));
    }

    /**
     * The caller's own subscription, not DELETED, locked until the transaction ends, for a write: the delivery worker's
     * own updates of the row (a 410 disabling it, failingSince) wait for the write instead of making it fail on a stale
     * version, and the write starts from the row as they left it.
     *
     * @throws ProblemException 404 for any other
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Subscription lockedForCaller(UUID id) {
        Owner owner = callerAsOwner();
        return Subscription.<Subscription>find("id = ?1 and ownerRole = ?2 and ownerId = ?3 and status <> ?4",
                        id, owner.role(), owner.id(), SubscriptionStatus.DELETED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("webhook subscription " + id));
    }

    /** The caller's subscriptions that are not DELETED, oldest first. */
    public PanacheQuery<Subscription> ownedByCaller() {
        Owner owner = callerAsOwner();
        return Subscription.find("ownerRole = ?1 and ownerId = ?2 and status <> ?3", Sort.ascending("createdAt", "id"),
                owner.role(), owner.id(), SubscriptionStatus.DELETED);
    }

    /**
     * A new ACTIVE subscription of the caller, with its first signing secret.
     *
     * @throws ProblemException 422 {@code webhook-subscription-refused} listing every refused URL rule and event type
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CreatedSubscription create(SubscriptionRequest request) {
        Owner owner = callerAsOwner();
        List<String> eventTypes = request.eventTypes() == null ? List.of() : request.eventTypes();
        List<Refusal> refusals = new ArrayList<>(callbackAddresses.refusalsOf(request.url()));
        refusals.addAll(EventAudiencePolicy.refusedTypes(owner.role(), eventTypes));
        ProblemException.refuseIfAny(REFUSED, "the subscription", refusals);
        lockOwner(owner);
        SubscriptionLimits.refusalOfAnother(liveCount(owner), maxLivePerOwner).ifPresent(refusal -> {
            throw ProblemException.ruleViolation(LIMIT_REACHED, refusal.message(), List.of(refusal));
        });
        refuseDuplicateUrl(owner, URI.create(request.url()).toString(), null);
        Instant now = now();
        Subscription subscription = Subscription.create(owner, URI.create(request.url()), EventAudiencePolicy.normalized(eventTypes),
                request.description(), now);
        subscription.persist();
        String secret = signingSecrets.issue(subscription.id, now);
        return subscription.created(secret);
    }

    /**
     * Applies a merge patch to the caller's subscription.
     *
     * @throws ProblemException 400 for a field that may not be removed; 422 {@code webhook-subscription-refused} listing
     *                          every refused URL rule, event type and status
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Subscription change(Subscription subscription, SubscriptionPatch patch) {
        if (patch.hasUrl() && patch.url() == null) {
            throw ProblemException.badRequest("url", "required", "url cannot be removed");
        }
        if (patch.hasStatus() && patch.status() == null) {
            throw ProblemException.badRequest("status", "required", "status cannot be removed");
        }
        List<Refusal> refusals = new ArrayList<>();
        if (patch.hasUrl()) {
            refusals.addAll(callbackAddresses.refusalsOf(patch.url()));
        }
        if (patch.hasEventTypes()) {
            refusals.addAll(EventAudiencePolicy.refusedTypes(subscription.ownerRole, patch.eventTypes()));
        }
        if (patch.hasStatus()) {
            refusals.addAll(SubscriptionLifecycle.refusalsOfStatus(patch.status()));
        }
        ProblemException.refuseIfAny(REFUSED, "the change", refusals);
        if (patch.hasUrl()) {
            Owner owner = new Owner(subscription.ownerRole, subscription.ownerId);
            lockOwner(owner);
            refuseDuplicateUrl(owner, URI.create(patch.url()).toString(), subscription.id);
        }
        Instant now = now();
        if (patch.hasUrl()) {
            subscription.url = URI.create(patch.url()).toString();
        }
        if (patch.hasEventTypes()) {
            subscription.eventTypes = new ArrayList<>(EventAudiencePolicy.normalized(patch.eventTypes()));
        }
        if (patch.hasDescription()) {
            subscription.description = patch.description();
        }
        if (patch.hasStatus()) {
            subscription.changeStatus(patch.status(), now);
        }
        subscription.updatedAt = now;
        return subscription;
    }

    /** Marks the caller's subscription DELETED: it gets no more deliveries and its owner no longer sees it; the row stays for audit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(Subscription subscription) {
        subscription.changeStatus(SubscriptionStatus.DELETED, now());
    }

    /** A new signing secret for the caller's subscription; the previous ones stay valid for {@code overlap}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SigningSecrets.Rotation rotateSecret(Subscription subscription, Duration overlap) {
        Instant now = now();
        subscription.updatedAt = now;
        return signingSecrets.rotate(subscription.id, now, overlap);
    }

    /**
     * Serialises the owner's creations and URL changes (a transaction-scoped PostgreSQL advisory lock on the owner), so
     * two concurrent requests cannot both pass the limit or both add the same URL.
     */
    private void lockOwner(Owner owner) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(:owner, 0))) locked")
                .setParameter("owner", "webhook-subscription-owner:" + owner.role() + ":" + owner.id())
                .getSingleResult();
    }

    private long liveCount(Owner owner) {
        return Counts.count(Subscription.class, "ownerRole = ?1 and ownerId = ?2 and status <> ?3", owner.role(), owner.id(), SubscriptionStatus.DELETED);
    }

    /**
     * 409: the owner has a live subscription (other than {@code self}) with this URL. A conflict with the owner's current
     * subscriptions, not a rule about the request: the same request succeeds once that one is deleted, and the answer
     * names it so the owner can change its eventTypes instead.
     */
    private void refuseDuplicateUrl(Owner owner, String url, UUID self) {
        Subscription.<Subscription>find("ownerRole = ?1 and ownerId = ?2 and status <> ?3 and url = ?4",
                        owner.role(), owner.id(), SubscriptionStatus.DELETED, url)
                .stream()
                .filter(existing -> !existing.id.equals(self))
                .findFirst()
                .ifPresent(existing -> {
                    throw ProblemException.conflict(DUPLICATE_URL, "a live subscription of yours already delivers to " + url,
                            List.of(SubscriptionLimits.duplicateUrl(existing.id)));
                });
    }

    /** The subscriptions that get a delivery of an event received now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Subscription> receiving(EventFacts facts) {
        return receiving(facts, now());
    }

    /**
     * The ACTIVE and PAUSED subscriptions (a PAUSED one queues its deliveries) created at or before {@code receivedAt}
     * (no backfill) that receive the event per {@link EventAudiencePolicy}. DISABLED and DELETED ones get none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Subscription> receiving(EventFacts facts, Instant receivedAt) {
        List<Subscription> candidates = Subscription.list(
                "status in ?1 and createdAt <= ?2 and (ownerRole = ?3 or (ownerRole = ?4 and ownerId = ?5) or (ownerRole = ?6 and ownerId = ?7))",
                RECEIVING, receivedAt, OwnerRole.OPS, OwnerRole.PARTNER, nullSafe(facts.partnerId()), OwnerRole.PHARMACIST,
                nullSafe(facts.pharmacyId()));
        return candidates.stream()
                .filter(subscription -> EventAudiencePolicy.receives(subscription.ownerRole, subscription.ownerId,
                        subscription.eventTypes, facts))
                .toList();
    }

    /**
     * The clock's time at the database's precision (microseconds): an instant an answer shows (a rotation's
     * previousSecretExpiresAt) is then exactly the one stored, not one PostgreSQL rounded.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** An owner id no subscription has, for an audience that is not known (binding null would match nothing either, but not portably). */
    private static String nullSafe(String ownerId) {
        return ownerId == null ? "" : ownerId;
    }
}
