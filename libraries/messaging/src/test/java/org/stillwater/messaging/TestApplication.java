package org.stillwater.messaging;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.JDBCConnectionException;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.testing.StillwaterTestResource;

/** A tiny service built from the messaging module, consuming intake.events as a real service would (its channel configured, the consumer is messaging's {@code TopicConsumers.IntakeEvents}). */
@QuarkusTestResource(value = StillwaterTestResource.class, initArgs = @ResourceArg(name = "database", value = "messaging_test"))
public class TestApplication {

    /** Partner ids that make the test handler misbehave. */
    static final String FLAKY_PARTNER = "flaky";
    static final String BROKEN_PARTNER = "broken";
    /** The database away for seven attempts: more than a failing handler is retried. */
    static final String DATABASE_AWAY_PARTNER = "database-away";
    static final int ATTEMPTS_WHILE_AWAY = 7;
    static final Map<UUID, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    /** Its events fail until their id is in {@link #REPAIRED}: a handler bug fixed, then the dead letter replayed. */
    static final String REPAIRABLE_PARTNER = "repairable";
    static final Set<UUID> REPAIRED = ConcurrentHashMap.newKeySet();

    @Singleton
    static class Producers {
        @Produces
        @Singleton
        Clock clock() {
            return Clock.systemUTC();
        }

        @Produces
        @Singleton
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }
    }

    @Entity
    @Table(name = "recorded_approval")
    public static class RecordedApproval extends PanacheEntityBase {
        @Id
        public UUID eventId;
        public UUID patientId;
        public String partnerId;
    }

    /**
     * Records each approval; fails twice for the flaky partner, always for the broken one, and as if the database
     * were unreachable for the first attempts of the database-away one.
     */
    @ApplicationScoped
    static class RecordsApprovals implements EventHandler<EvaluationApproved> {
        @Override
        public Class<EvaluationApproved> eventClass() {
            return EvaluationApproved.class;
        }

        @Override
        public void handle(ReceivedEvent<EvaluationApproved> event) {
            int attempt = ATTEMPTS.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
            RecordedApproval approval = new RecordedApproval();
            approval.eventId = event.id();
            approval.patientId = event.data().patientId();
            approval.partnerId = event.data().partnerId();
            approval.persist();
            approval.flush();
            if (DATABASE_AWAY_PARTNER.equals(event.data().partnerId()) && attempt <= ATTEMPTS_WHILE_AWAY) {
                throw new JDBCConnectionException("test: the database is away on attempt " + attempt,
                        new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
            }
            if (REPAIRABLE_PARTNER.equals(event.data().partnerId()) && !REPAIRED.contains(event.id())) {
                throw new IllegalStateException("test handler fails until repaired");
            }
            if (BROKEN_PARTNER.equals(event.data().partnerId())
                    || (FLAKY_PARTNER.equals(event.data().partnerId()) && attempt <= 2)) {
                throw new IllegalStateException("test handler fails on attempt " + attempt);
            }
        }
    }
}
