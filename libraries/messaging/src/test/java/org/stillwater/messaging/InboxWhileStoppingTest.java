package org.stillwater.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.ContractValidator;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ConsumedEvent;
import org.stillwater.messaging.inbox.InboxTransaction;
import org.stillwater.messaging.tracing.EventTracing;
import org.stillwater.messaging.inbox.ReceivedEvent;

/**
 * A service that stops while it handles an event: its EntityManagerFactory closes between the handler's write and
 * the commit. Hibernate then skips its flush at commit without an error; the inbox must not commit the event as
 * handled without its effect. This test closes the factory of its own Quarkus instance (a profile of its own), so
 * no other test shares it.
 */
@QuarkusTest
@TestProfile(InboxWhileStoppingTest.OwnInstance.class)
class InboxWhileStoppingTest {

    public static class OwnInstance implements QuarkusTestProfile {
    }

    @Inject
    InboxTransaction inbox;

    @Inject
    EventTracing tracing;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anEventWhoseEntityManagerFactoryClosesBeforeTheCommitIsNotRecordedAsHandled() throws SQLException {
        UUID eventId = UUID.randomUUID();
        UUID patientId = UUID.randomUUID();
        ValidatedEvent event = ContractValidator.instance().parse(Fixtures.cloudEvent(eventId, Fixtures.approval(patientId, "acme")));

        assertThrows(RuntimeException.class,
                () -> inbox.handleEachOnce(List.of(new ConsumedEvent(event, Topics.INTAKE_EVENTS, Instant.now(), new RecordHeaders(),
                        List.of(new RecordsThenStops()))), List.of(tracing.consuming("EvaluationApproved", new RecordHeaders()))));

        assertEquals(0, count("select count(*) from inbox_event where event_id = ?", eventId), "the event is left to be handled again");
        assertEquals(0, count("select count(*) from recorded_approval where event_id = ?", eventId));
    }

    /** Records the approval (an entity write, flushed later), then the service stops: its factory closes. */
    private class RecordsThenStops implements EventHandler<EvaluationApproved> {
        @Override
        public Class<EvaluationApproved> eventClass() {
            return EvaluationApproved.class;
        }

        @Override
        public void handle(ReceivedEvent<EvaluationApproved> event) {
            TestApplication.RecordedApproval approval = new TestApplication.RecordedApproval();
            approval.eventId = event.id();
            approval.patientId = event.data().patientId();
            approval.partnerId = event.data().partnerId();
            approval.persist();
            entityManagerFactory.unwrap(SessionFactory.class).close();
        }
    }

    /** Read over the pool directly: Hibernate is closed by then. */
    private long count(String sql, UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
