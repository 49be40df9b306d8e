package org.stillwater.webhook.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stillwater.contracts.EventJson;
import org.stillwater.webhook.subscription.EventAudiencePolicy;
import org.stillwater.webhook.subscription.OwnerRole;
import org.stillwater.webhook.subscription.SigningSecrets;

/**
 * Claims due deliveries for this worker, in a short transaction of its own: rows another worker is claiming are
 * skipped ({@code FOR UPDATE SKIP LOCKED}), and each claimed row is leased until {@code now + lease}, so no other
 * worker sends it while this one does, and it comes due again if this one never records an answer.
 *
 * <p>Only the head of each lane is due (the oldest PENDING delivery of one subscription about one patient: later
 * ones wait, so they arrive in order, even across retries), only for ACTIVE subscriptions (a PAUSED one keeps its
 * queue for its resume; DISABLED and DELETED ones get nothing), and at most {@code maxInFlight} leased at a time per
 * subscription.
 */
@ApplicationScoped
public class DeliveryClaims {

    @Inject
    EntityManager entityManager;

    @Inject
    SigningSecrets signingSecrets;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ClaimedDelivery> claim(int limit, int maxInFlight, Instant now, Instant leasedUntil) {
        List<?> rows = entityManager.createNativeQuery("""
                        select d.id, d.subscription_id,
                               (select count(*) from delivery f where f.subscription_id = d.subscription_id
                                  and f.status = 'PENDING' and f.leased_until >= :now) as in_flight
                        from delivery d join subscription s on s.id = d.subscription_id
                        where d.status = 'PENDING' and s.status = 'ACTIVE'
                          and d.next_attempt_at <= :now
                          and (d.leased_until is null or d.leased_until < :now)
                          and not exists (select 1 from delivery earlier
                                          where earlier.subscription_id = d.subscription_id
                                            and earlier.patient_id = d.patient_id
                                            and earlier.status = 'PENDING'
                                            and earlier.event_seq < d.event_seq)
                        order by d.next_attempt_at, d.event_seq
                        limit :limit
                        for update of d skip locked""")
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        Map<UUID, Integer> slots = new HashMap<>();
        List<UUID> claimed = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            UUID subscription = (UUID) columns[1];
            int free = slots.computeIfAbsent(subscription, id -> maxInFlight - ((Number) columns[2]).intValue());
            if (free > 0) {
                claimed.add((UUID) columns[0]);
                slots.put(subscription, free - 1);
            }
        }
        if (claimed.isEmpty()) {
            return List.of();
        }
        entityManager.createNativeQuery("update delivery set leased_until = :until where id in (:ids)")
                .setParameter("until", leasedUntil)
                .setParameter("ids", claimed)
                .executeUpdate();
        List<?> details = entityManager.createNativeQuery("""
                        select d.id, d.subscription_id, s.url, s.owner_role, d.event_id, cast(e.cloud_event as text),
                               e.occurred_at, d.first_attempt_at, d.round_attempts
                        from delivery d join subscription s on s.id = d.subscription_id join event e on e.seq = d.event_seq
                        where d.id in (:ids)
                        order by d.next_attempt_at, d.event_seq""")
                .setParameter("ids", claimed)
                .getResultList();
        List<ClaimedDelivery> deliveries = new ArrayList<>();
        for (Object row : details) {
            Object[] columns = (Object[]) row;
            UUID subscription = (UUID) columns[1];
            OwnerRole owner = OwnerRole.ofColumn((String) columns[3]).orElseThrow();
            String body = EventAudiencePolicy.stripsData(owner) ? withoutData((String) columns[5]) : (String) columns[5];
            deliveries.add(new ClaimedDelivery((UUID) columns[0], subscription, URI.create((String) columns[2]), (UUID) columns[4],
                    body, Times.instant(columns[6]), Times.instant(columns[7]), ((Number) columns[8]).intValue(),
                    signingSecrets.activeSecrets(subscription, now)));
        }
        return deliveries;
    }

    /** The envelope without its data (ops sees no clinical content), and so without a data content type. */
    static String withoutData(String cloudEvent) {
        try {
            ObjectNode envelope = (ObjectNode) EventJson.mapper().readTree(cloudEvent);
            envelope.remove("data");
            envelope.remove("datacontenttype");
            return EventJson.mapper().writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
