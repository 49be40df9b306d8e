package org.stillwater.edge.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/** Records each approval it handles: what a replayed dead letter reaches. */
@ApplicationScoped
public class RecordsApprovals implements EventHandler<EvaluationApproved> {

    @Inject
    EntityManager entityManager;

    @Override
    public Class<EvaluationApproved> eventClass() {
        return EvaluationApproved.class;
    }

    @Override
    public void handle(ReceivedEvent<EvaluationApproved> event) {
        entityManager.createNativeQuery("insert into test_recorded_approval (event_id, patient_id) values (:eventId, :patientId)")
                .setParameter("eventId", event.id())
                .setParameter("patientId", event.data().patientId())
                .executeUpdate();
    }
}
