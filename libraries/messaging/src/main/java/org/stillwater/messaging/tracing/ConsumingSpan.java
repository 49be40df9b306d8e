package org.stillwater.messaging.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.util.function.Supplier;

/**
 * The consumer span of one event's handling, continuing its producer's trace. It is current while the handlers run
 * (so what they publish carries it on) and ends only once the transaction it ran in has committed or failed, so that
 * a handling rolled back with its run shows as failed.
 */
public final class ConsumingSpan {

    private final Span span;

    ConsumingSpan(Span span) {
        this.span = span;
    }

    /** Runs {@code work} with this span current. */
    public <T> T current(Supplier<T> work) {
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        }
    }

    /** The handling committed (or was a duplicate). */
    public void end() {
        span.end();
    }

    /** The handling failed, or was rolled back with its run. */
    public void end(Throwable failure) {
        span.recordException(failure);
        span.setStatus(StatusCode.ERROR);
        span.end();
    }
}
