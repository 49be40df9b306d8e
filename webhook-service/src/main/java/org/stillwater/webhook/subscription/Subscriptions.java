package org.stillwater.webhook.subscription;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.Caller;
import org.stillwater.edge.security.CurrentCaller;

/**
 * The subscriptions: the caller's own (another owner's is not found, DESIGN §3), and those an event goes to. Every
 * request is audited by service-edge's audit filter; subscriptions name no patient, so their rows name none.
 */
@ApplicationScoped
public class Subscriptions {

    private static final List<SubscriptionStatus> RECEIVING = List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.PAUSED);

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

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

    /** The caller's subscriptions that are not DELETED, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Subscription> ownedByCaller() {
        Owner owner = callerAsOwner();
        return Subscription.list("ownerRole = ?1 and ownerId = ?2 and status <> ?3 order by createdAt, id",
                owner.role(), owner.id(), SubscriptionStatus.DELETED);
    }

    /** The subscriptions that get a delivery of an event received now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Subscription> receiving(EventFacts facts) {
        return receiving(facts, clock.instant());
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

    /** An owner id no subscription has, for an audience that is not known (binding null would match nothing either, but not portably). */
    private static String nullSafe(String ownerId) {
        return ownerId == null ? "" : ownerId;
    }
}
