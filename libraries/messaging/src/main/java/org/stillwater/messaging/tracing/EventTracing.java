package org.stillwater.messaging.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Carries a trace across the outbox and Kafka: the trace context of the transaction that wrote an event is
 * stored with the outbox row, sent as the record's {@code traceparent} header, and continued by the consumer,
 * so one patient's request can be followed from REST through the outbox into the next service.
 * With the OpenTelemetry SDK disabled (the local default) every method is a no-op.
 */
@ApplicationScoped
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new java.util.ArrayList<>();
            headers.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    @Inject
    OpenTelemetry openTelemetry;

    /** The current span's W3C {@code traceparent}, if there is a sampled trace. */
    public Optional<String> currentTraceparent() {
        if (!Span.current().getSpanContext().isValid()) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        openTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(TRACEPARENT));
    }

    /** A consumer span for one consumed record's handling, continuing the trace of its producer; not current yet. */
    public ConsumingSpan consuming(String eventName, Headers headers) {
        Context parent = openTelemetry.getPropagators().getTextMapPropagator().extract(Context.root(), headers, KAFKA_HEADERS);
        return new ConsumingSpan(openTelemetry.getTracer("org.stillwater.messaging")
                .spanBuilder("consume " + eventName)
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .startSpan());
    }
}
