package org.stillwater.messaging.patient;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.EventData;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.messaging.readmodel.ReadModelUpdate;

/**
 * The one way an event updates a patient's read model kept from it (the patient record each service builds from
 * {@code EvaluationApproved}): under the patient's lock ({@link PatientLocks}), the patient's row, or a new one for a
 * patient not known yet, takes the event's fact when {@link ReadModelUpdate} says it applies (newer wins, the same
 * fact again is a no-op, an older one is ignored); a new row is stored. A subclass says where the fact's time is and
 * what the fact changes.
 *
 * @param <E> the event
 * @param <R> the read model's entity, keyed by the patient id
 */
public abstract class PatientReadModelHandler<E extends EventData, R> implements EventHandler<E> {

    @Inject
    PatientLocks locks;

    @Inject
    EntityManager entityManager;

    private final Class<E> eventClass;
    private final Class<R> readModelClass;

    protected PatientReadModelHandler(Class<E> eventClass, Class<R> readModelClass) {
        this.eventClass = eventClass;
        this.readModelClass = readModelClass;
    }

    @Override
    public Class<E> eventClass() {
        return eventClass;
    }

    /** When the event's fact happened, at the precision the read model stores it ({@code StoredTime}). */
    protected abstract Instant factAt(E event);

    /** When the fact the read model holds happened; null when it holds none. */
    protected abstract Instant heldAt(R readModel);

    /** The read model of a patient this service does not know yet: only the id. */
    protected abstract R unknown(UUID patientId);

    /** Writes the event's fact, which happened at {@code factAt}, to the read model. */
    protected abstract void apply(E event, Instant factAt, R readModel);

    @Override
    public void handle(ReceivedEvent<E> event) {
        UUID patientId = event.data().patientId();
        Instant factAt = factAt(event.data());
        R readModel = locks.locked(patientId, readModelClass);
        if (readModel == null) {
            readModel = unknown(patientId);
        }
        if (!ReadModelUpdate.applies(factAt, heldAt(readModel))) {
            return;
        }
        apply(event.data(), factAt, readModel);
        if (!entityManager.contains(readModel)) {
            entityManager.persist(readModel);
        }
    }
}
