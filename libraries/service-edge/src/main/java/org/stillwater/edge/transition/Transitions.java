package org.stillwater.edge.transition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.stillwater.contracts.EventData;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.messaging.outbox.Outbox;
import org.stillwater.regulatory.refusal.Transition;

/**
 * The one place a write ends: a resource loads an aggregate, asks it or a policy to decide, and hands the
 * {@link Transition} here. A refused transition is answered as its problem+json (409 or 422) and the transaction rolls
 * back; a done one stores the aggregate and writes its events to the outbox, in the caller's transaction, so the
 * change and its events commit together or not at all.
 *
 * <p>The write is flushed here, before the resource answers, not left to Hibernate's flush at commit: when the
 * service is stopping, its EntityManagerFactory may close while the request runs, and Hibernate (7.2) then skips
 * the flush at commit without an error, so the transaction would commit with nothing stored and the client would
 * still be answered 201. Flushed here, a closed persistence context fails the request instead (as the inbox does
 * for an event, see messaging's {@code InboxTransaction}).
 */
@ApplicationScoped
public class Transitions {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    /**
     * @return the aggregate, stored
     * @throws ProblemException 409 or 422 when the transition is refused
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <A extends PanacheEntityBase> A apply(A aggregate, Transition<? extends EventData> transition) {
        transition.refusal().ifPresent(refused -> {
            throw ProblemException.of(refused);
        });
        if (!aggregate.isPersistent()) {
            aggregate.persist();
        }
        transition.events().forEach(outbox::publish);
        entityManager.flush();
        return aggregate;
    }
}
