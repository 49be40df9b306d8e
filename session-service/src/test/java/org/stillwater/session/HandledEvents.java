package org.stillwater.session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.stillwater.testing.Eventually;

/** Waits until the service's inbox has handled an event, for events whose effect is not visible on its own. */
@ApplicationScoped
public class HandledEvents {

    @Inject
    EntityManager entityManager;

    public void await(UUID eventId) {
        Eventually.until("event " + eventId + " handled", () -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from inbox_event where event_id = :id")
                .setParameter("id", eventId)
                .getSingleResult()).longValue() == 1));
    }
}
