package org.stillwater.messaging.consumer;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.stillwater.messaging.inbox.InboundEvents;

/**
 * The consumers of the platform's event topics, written once for every service. A service consumes a topic by
 * configuring its channel ({@code mp.messaging.incoming.<channel>.connector=smallrye-kafka} and its {@code topic});
 * a channel it leaves unconfigured has no consumer at all. One channel per topic, so a slow topic never holds up
 * another, each run as {@code stillwater.messaging.lanes-per-channel} copies ({@code concurrency}), each copy with its
 * own Kafka consumer handling its partitions in order, a poll's records at a time ({@link KafkaRecordBatch}, batch
 * consumption; {@link Blocking}, ordered); a patient's events share a key, so a partition, so a lane. Each poll goes
 * through {@link InboundEvents}: validated against the contracts, handled once per event id by the service's
 * {@code EventHandler}s, a run of events in one transaction, a record dead-lettered alone when it cannot be handled.
 */
public final class TopicConsumers {

    static final String KAFKA = "smallrye-kafka";

    private TopicConsumers() {
    }

    /** {@code intake.events}: intake submitted, evaluation approved or rejected, shipping address changed. */
    @ApplicationScoped
    @IfBuildProperty(name = "mp.messaging.incoming.intake-events.connector", stringValue = KAFKA)
    public static class IntakeEvents {
        @Inject
        InboundEvents inbound;

        @Incoming("intake-events")
        @Blocking
        public CompletionStage<Void> consume(KafkaRecordBatch<String, String> poll) {
            return inbound.accept(poll);
        }
    }

    /** {@code prescription.events}: prescriptions issued and cancelled, fills, holds. */
    @ApplicationScoped
    @IfBuildProperty(name = "mp.messaging.incoming.prescription-events.connector", stringValue = KAFKA)
    public static class PrescriptionEvents {
        @Inject
        InboundEvents inbound;

        @Incoming("prescription-events")
        @Blocking
        public CompletionStage<Void> consume(KafkaRecordBatch<String, String> poll) {
            return inbound.accept(poll);
        }
    }

    /** {@code pharmacy.shipments}: the pharmacy's shipment requests and their dispatch, delivery or failure. */
    @ApplicationScoped
    @IfBuildProperty(name = "mp.messaging.incoming.pharmacy-shipments.connector", stringValue = KAFKA)
    public static class PharmacyShipments {
        @Inject
        InboundEvents inbound;

        @Incoming("pharmacy-shipments")
        @Blocking
        public CompletionStage<Void> consume(KafkaRecordBatch<String, String> poll) {
            return inbound.accept(poll);
        }
    }

    /** {@code session.events}: sessions started, blocked and completed, adverse events. */
    @ApplicationScoped
    @IfBuildProperty(name = "mp.messaging.incoming.session-events.connector", stringValue = KAFKA)
    public static class SessionEvents {
        @Inject
        InboundEvents inbound;

        @Incoming("session-events")
        @Blocking
        public CompletionStage<Void> consume(KafkaRecordBatch<String, String> poll) {
            return inbound.accept(poll);
        }
    }

    /** {@code checkin.events}: check-ins scheduled, completed and missed, dose adjustments, treatment changes. */
    @ApplicationScoped
    @IfBuildProperty(name = "mp.messaging.incoming.checkin-events.connector", stringValue = KAFKA)
    public static class CheckInEvents {
        @Inject
        InboundEvents inbound;

        @Incoming("checkin-events")
        @Blocking
        public CompletionStage<Void> consume(KafkaRecordBatch<String, String> poll) {
            return inbound.accept(poll);
        }
    }
}
