package org.stillwater.edge.transition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 */
@ApplicationScoped
public class Transitions {

    @Inject
    Outbox outbox;

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
        return aggregate;
    }
}
