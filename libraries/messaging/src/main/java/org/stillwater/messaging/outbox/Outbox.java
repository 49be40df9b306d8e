package org.stillwater.messaging.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stillwater.contracts.CloudEvent;
import org.stillwater.contracts.ContractValidator;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.EventJson;
import org.stillwater.contracts.EventType;
import org.stillwater.messaging.tracing.EventTracing;

/**
 * Where a service announces a state change: the event row is written in the caller's transaction, so the
 * change and its event commit together or not at all. {@link OutboxRelay} publishes it after the commit.
 */
@ApplicationScoped
public class Outbox {

    private static final String NUDGE_REGISTERED = Outbox.class.getName() + ".nudge";

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Inject
    EventTracing tracing;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    /**
     * Writes the event (a CloudEvent whose subject and Kafka key are the patient id) into the outbox.
     *
     * @return the event id, the consumers' dedupe key
     * @throws IllegalStateException if the data breaks its contract: a producer bug, never sent
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(EventData data) {
        EventType type = EventType.of(data.getClass());
        UUID eventId = UUID.randomUUID();
        CloudEvent<EventData> event = CloudEvent.of(eventId, source, type, data.patientId().toString(), clock.instant(), data);
        JsonNode json = EventJson.tree(event);
        List<String> violations = ContractValidator.instance().violations(json);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("refusing to publish an event that breaks its contract: " + violations);
        }
        entityManager.persist(new OutboxEvent(eventId, type.topic(), data.patientId().toString(), type.cloudEventType(),
                json.toString(), tracing.currentTraceparent().orElse(null)));
        nudgeRelayAfterCommit();
        return eventId;
    }

    private void nudgeRelayAfterCommit() {
        if (transactions.getResource(NUDGE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(NUDGE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.nudge();
                }
            }
        });
    }
}
