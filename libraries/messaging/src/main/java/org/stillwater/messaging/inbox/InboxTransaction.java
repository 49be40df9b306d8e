package org.stillwater.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.ValidatedEvent;

/**
 * Records the event id and runs the handlers in one new transaction: the effect happens once or not at all.
 *
 * <p>The handlers' entity writes are flushed here, before the commit, not left to Hibernate's flush at commit:
 * when the service is stopping, its EntityManagerFactory may close while a handler runs, and Hibernate then skips
 * the flush at commit without an error, so the inbox row (a native insert, already sent) would commit without the
 * handler's effect and the event would count as handled though nothing happened. Flushed here, a closed
 * persistence context fails the transaction instead, and the partition's next owner handles the event again.
 */
@ApplicationScoped
public class InboxTransaction {

    @Inject
    EntityManager entityManager;

    /**
     * @return false when the event was handled before (a redelivery, or another instance got there first):
     *         then nothing runs. A concurrent attempt waits on the id's row and then sees it handled.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean handleOnce(ValidatedEvent event, String topic, Instant producedAt, List<EventHandler<?>> handlers) {
        int recorded = entityManager.createNativeQuery("""
                        insert into inbox_event (event_id, event_type, topic, subject, event_time, produced_at)
                        values (:id, :type, :topic, :subject, :time, :producedAt)
                        on conflict (event_id) do nothing""")
                .setParameter("id", event.id())
                .setParameter("type", event.type().cloudEventType())
                .setParameter("topic", topic)
                .setParameter("subject", event.subject())
                .setParameter("time", event.time())
                .setParameter("producedAt", producedAt)
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        for (EventHandler<?> handler : handlers) {
            dispatch(handler, event);
        }
        entityManager.flush();
        return true;
    }

    private static <T extends EventData> void dispatch(EventHandler<T> handler, ValidatedEvent event) {
        T data = event.data(handler.eventClass());
        handler.handle(new ReceivedEvent<>(event.id(), event.type(), event.source(), event.time(), data));
    }
}
