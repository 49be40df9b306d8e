package org.stillwater.messaging.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.All;
import io.quarkus.runtime.Startup;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.stillwater.contracts.ContractValidator;
import org.stillwater.contracts.ContractViolation;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.messaging.outbox.OutboxRelay;
import org.stillwater.messaging.tracing.EventTracing;

/**
 * The entry point of every consumed record. A record that breaks the contracts (not JSON, a bad envelope,
 * an unknown type, invalid data) is a poison message: it fails at once, so the channel's dead-letter
 * strategy moves it to {@code <service>.dlq} with the reason and consumption goes on. A known event this
 * service does not react to is skipped. Otherwise the handlers run once per event id. A failure of the
 * handling itself is retried five times with backoff, then the record goes to the dead-letter topic too. A
 * transient failure ({@link TransientFailure}: the database briefly away) is retried for as long as it lasts,
 * the partition waiting behind the event, and once this process is shutting down nothing is retried: the
 * channel's {@link DeadLetterOrRedeliver} strategy leaves such a record for the partition's next owner.
 */
@Startup
@ApplicationScoped
public class InboundEvents {

    private static final Logger LOG = Logger.getLogger(InboundEvents.class);

    @Inject
    @All
    List<EventHandler<?>> handlers;

    @Inject
    InboxTransaction inbox;

    @Inject
    MeterRegistry metrics;

    @Inject
    EventTracing tracing;

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

    public void accept(ConsumerRecord<String, String> record) {
        ValidatedEvent event;
        try {
            event = validated(record);
        } catch (ContractViolation poison) {
            metrics.counter("stillwater.events.poison", "topic", record.topic()).increment();
            LOG.warnf("poison message on %s partition %d offset %d: %s", record.topic(), record.partition(), record.offset(), poison.getMessage());
            throw poison;
        }
        List<EventHandler<?>> interested = handlersByType.getOrDefault(event.type(), List.of());
        if (interested.isEmpty()) {
            metrics.counter("stillwater.events.skipped", "type", event.type().eventName()).increment();
            return;
        }
        try {
            Instant producedAt = producedAt(record);
            boolean handled = retriedWhileAway.get(() -> retriedFewTimes.get(() -> handleOnce(event, record, producedAt, interested),
                    Boolean.class), Boolean.class);
            metrics.counter(handled ? "stillwater.events.handled" : "stillwater.events.duplicate", "type", event.type().eventName()).increment();
            if (handled && producedAt != null) {
                hop(event.type()).record(Duration.between(producedAt, Instant.now()));
            }
        } catch (RuntimeException failure) {
            metrics.counter("stillwater.events.failed", "type", event.type().eventName()).increment();
            LOG.warnf("handling %s %s failed: %s", event.type().eventName(), event.id(), failure.getMessage());
            throw failure;
        }
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
        boolean handled = handleOnce(event, record, producedAt(record), interested);
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

    private boolean handleOnce(ValidatedEvent event, ConsumerRecord<String, String> record, Instant producedAt, List<EventHandler<?>> interested) {
        return tracing.consuming(event.type().eventName(), record.headers(), () -> inbox.handleOnce(event, record.topic(), producedAt, interested));
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
