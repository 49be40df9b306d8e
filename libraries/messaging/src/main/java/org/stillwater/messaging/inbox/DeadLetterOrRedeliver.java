package org.stillwater.messaging.inbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The failure strategy of every consumed channel ({@code failure-strategy=dead-letter-or-redeliver}): a record
 * that failed because of itself (it breaks the contracts, or its handler kept refusing it) goes to the dead-letter
 * topic with the reason, as the connector's {@code dead-letter-queue} strategy does; {@link InboundEvents} fails
 * such a record alone, never its poll. A record that failed because its process is shutting down, for a transient
 * reason ({@link TransientFailure}), or with its whole poll ({@link BatchRedelivered}), is not the record's fault:
 * it is failed without committing its offset (the connector's {@code fail} strategy), so the partition's next
 * owner, this process restarted or another instance, receives it again. Dead-lettering it instead would leave a
 * patient's approval, prescription or delivery on a topic nobody consumes.
 */
public class DeadLetterOrRedeliver implements KafkaFailureHandler {

    public static final String STRATEGY = "dead-letter-or-redeliver";
    private static final Logger LOG = Logger.getLogger(DeadLetterOrRedeliver.class);

    private final String channel;
    private final KafkaFailureHandler deadLetter;
    private final KafkaFailureHandler redeliver;
    private final BooleanSupplier shuttingDown;

    DeadLetterOrRedeliver(String channel, KafkaFailureHandler deadLetter, KafkaFailureHandler redeliver, BooleanSupplier shuttingDown) {
        this.channel = channel;
        this.deadLetter = deadLetter;
        this.redeliver = redeliver;
        this.shuttingDown = shuttingDown;
    }

    /** Builds the connector's own dead-letter and fail strategies for the channel and chooses between them per record. */
    @ApplicationScoped
    @Identifier(STRATEGY)
    public static class Factory implements KafkaFailureHandler.Factory {

        @Inject
        @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
        KafkaFailureHandler.Factory deadLetterQueue;

        @Inject
        @Identifier(KafkaFailureHandler.Strategy.FAIL)
        KafkaFailureHandler.Factory fail;

        @Inject
        Shutdown shutdown;

        @Override
        public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
                                          BiConsumer<Throwable, Boolean> reportFailure) {
            return new DeadLetterOrRedeliver(config.getChannel(), deadLetterQueue.create(config, vertx, consumer, reportFailure),
                    fail.create(config, vertx, consumer, reportFailure), shutdown::begun);
        }
    }

    @Override
    public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
        if (reason instanceof BatchRedelivered) {
            // InboundEvents has logged why the poll is left, with its size
            return redeliver.handle(record, reason, metadata);
        }
        if (shuttingDown.getAsBoolean() || TransientFailure.is(reason)) {
            LOG.warnf("%s: %s partition %d offset %d failed for a passing reason (%s); not committed, the partition's next owner receives it again",
                    channel, record.getTopic(), record.getPartition(), record.getOffset(),
                    shuttingDown.getAsBoolean() ? "this process is shutting down" : reason.getMessage());
            return redeliver.handle(record, reason, metadata);
        }
        return deadLetter.handle(record, reason, metadata);
    }

    @Override
    public void terminate() {
        deadLetter.terminate();
        redeliver.terminate();
    }
}
