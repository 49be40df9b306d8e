package org.stillwater.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.messaging.patient.PatientLocks;
import org.stillwater.messaging.tracing.ConsumingSpan;

/**
 * Records each event id and runs its handlers, for a run of consumed events, in one new transaction: each effect
 * happens once or not at all, and the run commits together (one commit instead of one per event: what an event
 * costs is mostly its transaction). A failure of any event rolls the whole run back; {@link InboundEvents} then
 * handles its events one at a time.
 *
 * <p>Each event is handled as it would be in a transaction of its own: with its consumer span current, its writes
 * flushed after it and the persistence context cleared, so the next event reads the rows again rather than an entity
 * an earlier event of the run loaded. The locks of the run's patients ({@link PatientLocks}, by each event's
 * {@code patientId}) are taken first, in the locks' key order: two consumers' runs never wait on each other in a
 * cycle, and every read of a patient's rows in the run comes after their lock, as the lock's rule asks.
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

    @Inject
    PatientLocks patientLocks;

    /**
     * @param events the run, in the order of their partitions
     * @param spans  each event's consumer span, in the same order; current while its event is handled, ended by the caller
     * @return for each event, in order: true when handled now, false when it was handled before (a redelivery, an
     *         earlier copy in the same run, or another instance got there first): then nothing ran for it. A
     *         concurrent attempt waits on the id's row and then sees it handled.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Boolean> handleEachOnce(List<ConsumedEvent> events, List<ConsumingSpan> spans) {
        patientLocks.lockInKeyOrder(events.stream().map(InboxTransaction::patientOf).distinct().toList());
        List<Boolean> handled = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            ConsumedEvent consumed = events.get(i);
            handled.add(spans.get(i).current(() -> handleOnce(consumed)));
            entityManager.flush();
            entityManager.clear();
        }
        return handled;
    }

    private boolean handleOnce(ConsumedEvent consumed) {
        ValidatedEvent event = consumed.event();
        int recorded = entityManager.createNativeQuery("""
                        insert into inbox_event (event_id, event_type, topic, subject, event_time, produced_at)
                        values (:id, :type, :topic, :subject, :time, :producedAt)
                        on conflict (event_id) do nothing""")
                .setParameter("id", event.id())
                .setParameter("type", event.type().cloudEventType())
                .setParameter("topic", consumed.topic())
                .setParameter("subject", event.subject())
                .setParameter("time", event.time())
                .setParameter("producedAt", consumed.producedAt())
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        for (EventHandler<?> handler : consumed.handlers()) {
            dispatch(handler, event);
        }
        return true;
    }

    /** The patient the event is about: its data's {@code patientId}, which its handlers lock. */
    private static UUID patientOf(ConsumedEvent consumed) {
        return consumed.event().data(consumed.handlers().get(0).eventClass()).patientId();
    }

    private static <T extends EventData> void dispatch(EventHandler<T> handler, ValidatedEvent event) {
        T data = event.data(handler.eventClass());
        handler.handle(new ReceivedEvent<>(event.id(), event.type(), event.source(), event.time(), data));
    }
}
