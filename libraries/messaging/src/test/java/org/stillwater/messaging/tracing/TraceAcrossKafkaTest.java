package org.stillwater.messaging.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.Topics;
import org.stillwater.messaging.Fixtures;
import org.stillwater.messaging.outbox.Outbox;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.SharedInfrastructure;

@QuarkusTest
class TraceAcrossKafkaTest {

    @Inject
    Outbox outbox;

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void anEventCarriesTheTraceOfTheTransactionThatWroteIt() {
        UUID patient = UUID.randomUUID();
        Span request = openTelemetry.getTracer("test").spanBuilder("POST /api/v1/intakes/{id}/evaluation").startSpan();
        try (Scope ignored = request.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(Fixtures.approval(patient, "acme")));
        } finally {
            request.end();
        }

        try (PatientEvents events = PatientEvents.on(Topics.INTAKE_EVENTS, patient)) {
            events.awaitCount(1);
            String traceparent = Fixtures.header(events.records().get(0), EventTracing.TRACEPARENT);
            assertTrue(traceparent != null && traceparent.contains(request.getSpanContext().getTraceId()), String.valueOf(traceparent));
        }
    }

    @Test
    void consumingAnEventContinuesTheTraceOfItsProducer() throws Exception {
        UUID patient = UUID.randomUUID();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String parentSpanId = "00f067aa0ba902b7";
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.INTAKE_EVENTS, patient.toString(),
                Fixtures.cloudEvent(UUID.randomUUID(), Fixtures.approval(patient, "acme")));
        record.headers().add(EventTracing.TRACEPARENT, ("00-" + traceId + "-" + parentSpanId + "-01").getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        }

        Eventually.until("a consumer span in the producer's trace", () -> spans.getFinishedSpanItems().stream()
                .anyMatch(span -> span.getTraceId().equals(traceId) && span.getName().equals("consume EvaluationApproved")));
        SpanData consumed = spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId) && span.getName().equals("consume EvaluationApproved"))
                .findFirst().orElseThrow();
        assertEquals(parentSpanId, consumed.getParentSpanId());
    }
}
