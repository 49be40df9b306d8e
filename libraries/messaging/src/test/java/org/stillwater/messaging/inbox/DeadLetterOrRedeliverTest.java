package org.stillwater.messaging.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which of the connector's strategies a failed record goes to: the dead-letter topic, or back to the partition's next owner. */
class DeadLetterOrRedeliverTest {

    private final List<String> chosen = new ArrayList<>();
    private final AtomicBoolean shuttingDown = new AtomicBoolean();
    private final DeadLetterOrRedeliver strategy = new DeadLetterOrRedeliver("intake-events",
            recording("dead-letter"), recording("redeliver"), shuttingDown::get);

    @Test
    void aRecordThatFailedBecauseOfItselfIsDeadLettered() {
        strategy.handle(record(), new IllegalStateException("the handler refuses this approval"), Metadata.empty());

        assertEquals(List.of("dead-letter"), chosen);
    }

    @Test
    void aRecordThatFailedWhileItsProcessIsShuttingDownIsLeftForThePartitionsNextOwner() {
        shuttingDown.set(true);

        strategy.handle(record(), new IllegalStateException("EntityManagerFactory is closed"), Metadata.empty());

        assertEquals(List.of("redeliver"), chosen);
    }

    @Test
    void aRecordThatFailedBecauseTheDatabaseWasAwayIsLeftForThePartitionsNextOwner() {
        strategy.handle(record(), new JDBCConnectionException("could not connect", new SQLException("Connection refused", "08001")),
                Metadata.empty());

        assertEquals(List.of("redeliver"), chosen);
    }

    @Test
    void aRecordWhosePollWasLeftWholeIsLeftForThePartitionsNextOwnerWhateverTheCause() {
        strategy.handle(record(), new BatchRedelivered(new IllegalStateException("the dead-letter topic refused a record")), Metadata.empty());

        assertEquals(List.of("redeliver"), chosen);
    }

    private KafkaFailureHandler recording(String name) {
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                chosen.add(name);
                return Uni.createFrom().voidItem();
            }
        };
    }

    private static IncomingKafkaRecord<String, String> record() {
        return new IncomingKafkaRecord<>(new ConsumerRecord<>("intake.events", 3, 42L, "patient", "{}"), "intake-events", -1,
                null, null, false, false);
    }
}
