package org.stillwater.messaging.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.All;
import io.quarkus.runtime.Startup;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.stillwater.contracts.ContractValidator;
import org.stillwater.contracts.ContractViolation;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.messaging.outbox.OutboxRelay;
import org.stillwater.messaging.tracing.ConsumingSpan;
import org.stillwater.messaging.tracing.EventTracing;

/**
 * The entry point of every consumed record, a poll's records at a time. A record that breaks the contracts (not
 * JSON, a bad envelope, an unknown type, invalid data) is a poison message: the channel's dead-letter strategy
 * moves it alone to {@code <service>.dlq} with the reason and consumption goes on. A known event this service does
 * not react to is skipped. Otherwise the handlers run once per event id, a run of the poll's events in one
 * transaction. A failure of the handling itself rolls the run back; its events are then handled one at a time, each
 * retried five times with backoff, and one that still fails goes to the dead-letter topic alone. A transient failure
 * ({@link TransientFailure}: the database briefly away) is retried for as long as it lasts, the partition waiting
 * behind the event, and once this process is shutting down nothing is retried: the poll is left, unacknowledged,
 * for the partition's next owner ({@link BatchRedelivered}, {@link DeadLetterOrRedeliver}).
 */
@Startup
@ApplicationScoped
public class InboundEvents {

    private static final Logger LOG = Logger.getLogger(InboundEvents.class);
    private static final TypeLiteral<List<Boolean>> HANDLED_OR_NOT = new TypeLiteral<>() {
    };

    @Inject
    @All
    List<EventHandler<?>> handlers;

    @Inject
    InboxTransaction inbox;

    @Inject
    MeterRegistry metrics;

    @Inject
    EventTracing tracing;

    @ConfigProperty(name = "stillwater.messaging.events-per-transaction", defaultValue = "50")
    int eventsPerTransaction;

    @Inject
    Shutdown shutdown;

    /** The event's own failure: a few tries, then the dead-letter topic. */
    private Guard retriedFewTimes;
    /** The database or broker away: the event waits, in order, until they are back. */
    private Guard retriedWhileAway;

    private final Map<EventType, List<EventHandler<?>>> handlersByType = new EnumMap<>(EventType.class);

    @PostConstruct
    void index() {
        retriedFewTimes = Guard.create().withRetry().maxRetries(5).delay(100, ChronoUnit.MILLIS).jitter(50, ChronoUnit.MILLIS)
                .withExponentialBackoff().maxDelay(3, ChronoUnit.SECONDS).done()
                .whenException(failure -> !(failure instanceof ContractViolation) && !TransientFailure.is(failure) && !shutdown.begun())
                .done().build();
        retriedWhileAway = Guard.create().withRetry().maxRetries(-1).maxDuration(0, ChronoUnit.MILLIS)
                .delay(200, ChronoUnit.MILLIS).jitter(100, ChronoUnit.MILLIS)
                .withExponentialBackoff().maxDelay(5, ChronoUnit.SECONDS).done()
                .whenException(failure -> TransientFailure.is(failure) && !shutdown.begun())
                .beforeRetry(failure -> LOG.warnf("handling waits for the database: %s", failure.getMessage()))
                .done().build();
        for (EventHandler<?> handler : handlers) {
            handlersByType.computeIfAbsent(EventType.of(handler.eventClass()), type -> new ArrayList<>()).add(handler);
        }
        // Registered up front so dashboards and alerts see a zero, not a missing series, before the first event.
        handlersByType.keySet().forEach(type -> {
            metrics.counter("stillwater.events.handled", "type", type.eventName());
            metrics.counter("stillwater.events.failed", "type", type.eventName());
            metrics.counter("stillwater.events.duplicate", "type", type.eventName());
            hop(type);
        });
        handlersByType.keySet().stream().map(EventType::topic).distinct()
                .forEach(topic -> metrics.counter("stillwater.events.poison", "topic", topic));
    }

    /**
     * A poll's records (one lane's partitions, each partition's in order), then acknowledged together. Skipped types
     * are counted; the other events are handled in runs of at most {@code stillwater.messaging.events-per-transaction},
     * each run in one transaction ({@link InboxTransaction}), in the poll's order. A poison record ends the run before
     * it, which is handled first, and is then dead-lettered alone. A run that fails for a reason of its own is rolled
     * back and its events handled one at a time: each retried a few times and, if it still fails, dead-lettered alone,
     * so one bad event costs neither the others' effects nor a patient's order. A run that fails for a passing reason
     * (the database away) is tried again, whole, for as long as it lasts.
     *
     * @return the poll's acknowledgement once every record is handled, skipped or dead-lettered; or, when this process
     *         is stopping, a record could not be dead-lettered or anything else failed that is none of the records' own,
     *         the poll's negative acknowledgement with {@link BatchRedelivered}: nothing of it not yet committed is
     *         acknowledged or dead-lettered, and the partitions' next owner receives it again (the inbox makes the
     *         events handled already a no-op)
     */
    public CompletionStage<Void> accept(KafkaRecordBatch<String, String> batch) {
        try {
            List<Pending> run = new ArrayList<>();
            for (KafkaRecord<String, String> message : batch.getRecords()) {
                ConsumerRecord<String, String> record = consumerRecord(message);
                ValidatedEvent event;
                try {
                    event = validated(record);
                } catch (RuntimeException poison) {
                    // Dead-lettering acknowledges the record, and when it is its partition's last of the poll that lets
                    // the partition's offset move past it: the events before it must have committed by then.
                    handle(run);
                    run = new ArrayList<>();
                    deadLetterPoison(message, record, poison);
                    continue;
                }
                List<EventHandler<?>> interested = handlersByType.getOrDefault(event.type(), List.of());
                if (interested.isEmpty()) {
                    metrics.counter("stillwater.events.skipped", "type", event.type().eventName()).increment();
                    continue;
                }
                run.add(new Pending(message, new ConsumedEvent(event, record.topic(), producedAt(record), record.headers(), interested)));
                if (run.size() == eventsPerTransaction) {
                    handle(run);
                    run = new ArrayList<>();
                }
            }
            handle(run);
        } catch (Throwable failure) {
            // An Error too: it says nothing about the record (out of memory, a class missing), so nothing is dead-lettered for it.
            BatchRedelivered redelivered = failure instanceof BatchRedelivered again ? again : new BatchRedelivered(failure);
            LOG.warnf("a poll of %d records is left for the partitions' next owner (%s): %s", batch.getRecords().size(),
                    shutdown.begun() ? "this process is shutting down" : "not the records' own failure", redelivered.getMessage());
            // One record's nack is enough: the strategy stops the lane, and the poll's offsets, never acknowledged, stay uncommitted.
            return batch.getRecords().get(0).nack(redelivered);
        }
        return batch.ack();
    }

    private void deadLetterPoison(KafkaRecord<String, String> message, ConsumerRecord<String, String> record, RuntimeException poison) {
        metrics.counter("stillwater.events.poison", "topic", record.topic()).increment();
        LOG.warnf("poison message on %s partition %d offset %d: %s", record.topic(), record.partition(), record.offset(), poison.getMessage());
        deadLetter(message, poison);
    }

    /** One run in one transaction; if it fails for a reason of its own, its events one at a time. */
    private void handle(List<Pending> run) {
        if (run.isEmpty()) {
            return;
        }
        List<ConsumedEvent> events = run.stream().map(Pending::consumed).toList();
        List<ConsumingSpan> spans = events.stream().map(consumed -> tracing.consuming(consumed.event().type().eventName(), consumed.headers())).toList();
        List<Boolean> handled;
        try {
            handled = retriedWhileAway.get(() -> inbox.handleEachOnce(events, spans), HANDLED_OR_NOT);
        } catch (RuntimeException failure) {
            spans.forEach(span -> span.end(failure));
            if (shutdown.begun() || TransientFailure.is(failure)) {
                throw new BatchRedelivered(failure);
            }
            if (run.size() > 1) {
                LOG.infof("a run of %d events failed (%s); handling them one at a time", run.size(), failure.getMessage());
            }
            run.forEach(this::handleAlone);
            return;
        }
        spans.forEach(ConsumingSpan::end);
        for (int i = 0; i < events.size(); i++) {
            counted(events.get(i), handled.get(i));
        }
    }

    /** One event in its own transaction, retried; dead-lettered alone if it keeps failing for a reason of its own. */
    private void handleAlone(Pending pending) {
        ConsumedEvent consumed = pending.consumed();
        ConsumingSpan span = tracing.consuming(consumed.event().type().eventName(), consumed.headers());
        try {
            boolean handled = retriedWhileAway.get(() -> retriedFewTimes.get(() -> inbox.handleEachOnce(List.of(consumed), List.of(span)).get(0),
                    Boolean.class), Boolean.class);
            span.end();
            counted(consumed, handled);
        } catch (RuntimeException failure) {
            span.end(failure);
            metrics.counter("stillwater.events.failed", "type", consumed.event().type().eventName()).increment();
            LOG.warnf("handling %s %s failed: %s", consumed.event().type().eventName(), consumed.event().id(), failure.getMessage());
            if (shutdown.begun() || TransientFailure.is(failure)) {
                throw new BatchRedelivered(failure);
            }
            deadLetter(pending.message(), failure);
        }
    }

    private void counted(ConsumedEvent consumed, boolean handled) {
        EventType type = consumed.event().type();
        metrics.counter(handled ? "stillwater.events.handled" : "stillwater.events.duplicate", "type", type.eventName()).increment();
        if (handled && consumed.producedAt() != null) {
            hop(type).record(Duration.between(consumed.producedAt(), Instant.now()));
        }
    }

    /**
     * The channel's failure strategy for this one record ({@link DeadLetterOrRedeliver}): its dead-letter topic, with
     * the reason. Waits until the topic has it; if it cannot, the whole poll comes again.
     */
    private static void deadLetter(KafkaRecord<String, String> message, Throwable reason) {
        try {
            message.nack(reason).toCompletableFuture().join();
        } catch (RuntimeException notDeadLettered) {
            throw new BatchRedelivered(notDeadLettered);
        }
    }

    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> message) {
        @SuppressWarnings("unchecked")
        IncomingKafkaRecordMetadata<String, String> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("a consumed record without its Kafka metadata"));
        return metadata.getRecord();
    }

    /** A record of the poll with its event, until its run is handled. */
    private record Pending(KafkaRecord<String, String> message, ConsumedEvent consumed) {
    }

    /** What a replay did: handled now, handled before (nothing changed), or a type this service does not react to. */
    public enum Replayed {
        HANDLED,
        ALREADY_HANDLED,
        NOT_HANDLED_HERE
    }

    /**
     * An operator's replay of a dead-lettered record, through the same contracts check and inbox as {@link #accept}
     * but tried once, at once: the operator sees why it fails instead of waiting on retries. An event handled
     * before changes nothing.
     *
     * @throws ContractViolation when the record still breaks the contracts; any other failure is the handling's
     */
    public Replayed replay(ConsumerRecord<String, String> record) {
        ValidatedEvent event = validated(record);
        List<EventHandler<?>> interested = handlersByType.getOrDefault(event.type(), List.of());
        if (interested.isEmpty()) {
            return Replayed.NOT_HANDLED_HERE;
        }
        ConsumingSpan span = tracing.consuming(event.type().eventName(), record.headers());
        boolean handled;
        try {
            handled = inbox.handleEachOnce(List.of(new ConsumedEvent(event, record.topic(), producedAt(record), record.headers(), interested)),
                    List.of(span)).get(0);
        } catch (RuntimeException failure) {
            span.end(failure);
            throw failure;
        }
        span.end();
        metrics.counter(handled ? "stillwater.events.handled" : "stillwater.events.duplicate", "type", event.type().eventName()).increment();
        return handled ? Replayed.HANDLED : Replayed.ALREADY_HANDLED;
    }

    /** The record as a contract event of the topic it came on; else a {@link ContractViolation}. */
    private static ValidatedEvent validated(ConsumerRecord<String, String> record) {
        ValidatedEvent event = ContractValidator.instance().parse(record.value() == null ? "" : record.value());
        if (!event.type().topic().equals(record.topic())) {
            throw new ContractViolation(event.type().eventName() + " does not belong on " + record.topic());
        }
        return event;
    }

    /** From the producer's outbox write to this service's handling committed: the event hop. */
    private Timer hop(EventType type) {
        return Timer.builder("stillwater.events.hop")
                .description("From the producer's outbox write to the effect committed here")
                .tag("type", type.eventName())
                .publishPercentileHistogram()
                .register(metrics);
    }

    /** True when at least one handler of this service reacts to the type. */
    public boolean handles(EventType type) {
        return handlersByType.containsKey(type);
    }

    private static Instant producedAt(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(OutboxRelay.PRODUCED_AT_HEADER);
        if (header == null) {
            return null;
        }
        try {
            return Instant.parse(new String(header.value(), StandardCharsets.UTF_8));
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
