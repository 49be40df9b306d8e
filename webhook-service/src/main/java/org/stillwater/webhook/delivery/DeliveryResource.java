package org.stillwater.webhook.delivery;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.persistence.Counts;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.Role;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.webhook.subscription.Subscription;
import org.stillwater.webhook.subscription.Subscriptions;

/**
 * A subscription's deliveries, for its owner: what was sent, each attempt's answer, what is still to come; and
 * redelivery of one delivery or of a time range. Deliveries name patients, so each call is audited against them.
 */
@Path("/api/v1/webhook-subscriptions")
@Tag(name = "webhook deliveries")
public class DeliveryResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    Redeliveries redeliveries;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    private final RedeliveryRateLimit rateLimit;

    @Inject
    public DeliveryResource(@ConfigProperty(name = "stillwater.webhook.redelivery.ranges-per-minute") int rangesPerMinute,
                            @ConfigProperty(name = "stillwater.webhook.redelivery.single-deliveries-per-minute") int singlesPerMinute) {
        this.rateLimit = new RedeliveryRateLimit(rangesPerMinute, singlesPerMinute);
    }

    @GET
    @Path("/{subscriptionId}/deliveries")
    @RolesAllowed({Role.PARTNER_ROLE, Role.PHARMACIST_ROLE, Role.OPS_ROLE})
    @Transactional
    @Operation(summary = "The subscription's deliveries, newest first, optionally of one status (PENDING, DELIVERED, FAILED)")
    public PagedList<DeliveryView> list(@PathParam("subscriptionId") String subscriptionId, @QueryParam("status") String status,
                                        @BeanParam PageParameters pages) {
        PageRequest paging = pages.request();
        Subscription subscription = subscriptions.visibleToCaller(Ids.uuid("subscriptionId", subscriptionId));
        Sort newestFirst = Sort.descending("createdAt").and("eventSeq", Sort.Direction.Descending).and("id");
        PagedList<DeliveryView> page = status == null || status.isEmpty()
                ? paging.of(Delivery.<Delivery>find("subscriptionId", newestFirst, subscription.id), DeliveryView::of)
                : paging.of(Delivery.<Delivery>find("subscriptionId = ?1 and status = ?2", newestFirst, subscription.id,
                        status(status).name()), DeliveryView::of);
        auditTrail.patients(page.items().stream().map(DeliveryView::patientId).toList());
        return page;
    }

    @GET
    @Path("/{subscriptionId}/deliveries/{deliveryId}")
    @RolesAllowed({Role.PARTNER_ROLE, Role.PHARMACIST_ROLE, Role.OPS_ROLE})
    @Transactional
    @Operation(summary = "One delivery with every attempt: response code, latency, error, the first 256 characters of the answer")
    public DeliveryDetail get(@PathParam("subscriptionId") String subscriptionId, @PathParam("deliveryId") String deliveryId) {
        Subscription subscription = subscriptions.visibleToCaller(Ids.uuid("subscriptionId", subscriptionId));
        Delivery delivery = Delivery.<Delivery>find("id = ?1 and subscriptionId = ?2", Ids.uuid("deliveryId", deliveryId), subscription.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("delivery " + deliveryId));
        auditTrail.patient(delivery.patientId);
        List<DeliveryAttempt> attempts = DeliveryAttempt.list("deliveryId", Sort.ascending("attemptedAt").and("id"), delivery.id);
        return DeliveryDetail.of(delivery, attempts);
    }

    @POST
    @Path("/{subscriptionId}/redeliveries")
    @RolesAllowed({Role.PARTNER_ROLE, Role.PHARMACIST_ROLE, Role.OPS_ROLE})
    @Transactional
    @Idempotent
    @Operation(summary = "Send again one delivery ({\"deliveryId\"}) or those created in a range ({\"from\", \"to\"}, at most 7 days), with the same webhook-id")
    @APIResponse(responseCode = "202", description = "{\"redeliveries\": n}: how many deliveries are due again")
    @APIResponse(responseCode = "429", description = "more than the redeliveries allowed per minute (one range, ten single deliveries); "
            + "Retry-After says when to ask again")
    public Response redeliver(@PathParam("subscriptionId") String subscriptionId, RedeliveryRequest request) {
        // locked: concurrent requests of one subscription are counted one after the other
        Subscription subscription = subscriptions.lockedForCaller(Ids.uuid("subscriptionId", subscriptionId));
        RedeliveryRequest asked = request == null ? new RedeliveryRequest(null, null, null) : request;
        ProblemException.refuseIfAny("redelivery-refused", "the redelivery",
                RedeliveryRules.refusals(asked.deliveryId(), asked.from(), asked.to()));
        if (asked.deliveryId() != null && !Counts.any(Delivery.class, "id = ?1 and subscriptionId = ?2", asked.deliveryId(), subscription.id)) {
            throw ProblemException.notFound("delivery " + asked.deliveryId());
        }
        Instant now = clock.instant();
        String scope = asked.deliveryId() != null ? "ONE" : "RANGE";
        refuseIfTooOften(subscription.id, scope, now);
        List<UUID> patients = asked.deliveryId() != null
                ? redeliveries.one(subscription.id, asked.deliveryId(), now)
                : redeliveries.range(subscription.id, asked.from(), asked.to(), now);
        auditTrail.patients(patients);
        return Response.accepted(Map.of("redeliveries", patients.size())).build();
    }

    /** 429 with Retry-After when the subscription asked for this scope too often in the last minute; else counts this request. */
    @SuppressWarnings("unchecked")
    private void refuseIfTooOften(UUID subscriptionId, String scope, Instant now) {
        List<Instant> recent = ((List<Number>) entityManager.createNativeQuery("""
                        select cast(extract(epoch from requested_at) * 1000000 as bigint) from redelivery_request
                        where subscription_id = :subscription and scope = :scope and requested_at >= :since""")
                .setParameter("subscription", subscriptionId)
                .setParameter("scope", scope)
                .setParameter("since", RedeliveryRateLimit.windowStart(now))
                .getResultList()).stream()
                .map(micros -> Instant.EPOCH.plus(micros.longValue(), java.time.temporal.ChronoUnit.MICROS)).toList();
        boolean range = scope.equals("RANGE");
        rateLimit.retryAfter(range, recent, now).ifPresent(wait -> {
            String allowed = range ? rateLimit.rangesPerMinute() + " range redelivery(ies)" : rateLimit.singlesPerMinute() + " single redeliveries";
            throw ProblemException.tooManyRequests("redelivery-rate-limited", "at most " + allowed + " per subscription per minute",
                    List.of(new Refusal(range ? "from" : "deliveryId", "redelivery-rate-limited",
                            "at most " + allowed + " per minute; ask again in " + Math.max(1, (wait.toMillis() + 999) / 1000) + " s")),
                    wait);
        });
        entityManager.createNativeQuery("insert into redelivery_request (id, subscription_id, scope, requested_at) values (:id, :subscription, :scope, :at)")
                .setParameter("id", UUID.randomUUID())
                .setParameter("subscription", subscriptionId)
                .setParameter("scope", scope)
                .setParameter("at", now)
                .executeUpdate();
    }

    private static DeliveryStatus status(String status) {
        return Arrays.stream(DeliveryStatus.values()).filter(value -> value.name().equals(status)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("status", "unknown-status", "status must be PENDING, DELIVERED or FAILED"));
    }
}
