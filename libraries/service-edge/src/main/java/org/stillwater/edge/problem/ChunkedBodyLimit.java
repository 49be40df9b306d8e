package org.stillwater.edge.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.vertx.VertxInputStream;

/**
 * A chunked body (no Content-Length, so {@link BodyTooLarge} cannot judge it from the headers) larger than
 * {@code quarkus.http.limits.max-body-size} is a 413 problem+json too, and its audit row says 413. Quarkus REST would
 * enforce the limit while the body is read, answering an empty 413 itself; the request then left no audit row (its
 * failure, mapped to a 500, could no longer be answered) and two logged stack traces. So this filter takes the limit over from Quarkus (the
 * routing context's {@link VertxInputStream#MAX_REQUEST_SIZE_KEY}, which Quarkus sets only for a body without a
 * Content-Length) and counts the bytes the endpoint reads: past the limit, reading fails with {@link BodyTooLargeException},
 * answered 413 by {@link ProblemMappers}, and the connection is closed after the answer, as Quarkus does, so the unread
 * rest of the body is never parsed as a next request.
 */
public class ChunkedBodyLimit {

    @ServerRequestFilter
    public void countChunkedBody(ContainerRequestContext request, RoutingContext routing) {
        Long limit = routing.get(VertxInputStream.MAX_REQUEST_SIZE_KEY);
        if (limit == null || limit <= 0 || routing.request().getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
            return;
        }
        // removed before the entity stream is created: Quarkus' stream reads the limit once, when it is built
        routing.remove(VertxInputStream.MAX_REQUEST_SIZE_KEY);
        request.setEntityStream(new CountedBody(request.getEntityStream(), limit, () -> {
            routing.response().putHeader(HttpHeaders.CONNECTION, "close");
            // not response().endHandler: Quarkus REST sets its own there, replacing this one
            routing.addEndHandler(ended -> routing.request().connection().close());
        }));
    }

    /** Thrown by a read that goes past the limit; nothing of the body beyond it is read. */
    public static final class BodyTooLargeException extends IOException {

        private final long limit;

        BodyTooLargeException(long limit) {
            super("the body has more than the " + limit + " bytes accepted");
            this.limit = limit;
        }

        /** Bytes accepted ({@code quarkus.http.limits.max-body-size}). */
        public long limit() {
            return limit;
        }
    }

    /** The body as the endpoint reads it, counted: past {@code limit} bytes every read fails, and {@code onExceeded} runs once. */
    static final class CountedBody extends FilterInputStream {

        private final long limit;
        private final Runnable onExceeded;
        private long read;
        private boolean exceeded;

        CountedBody(InputStream body, long limit, Runnable onExceeded) {
            super(body);
            this.limit = limit;
            this.onExceeded = onExceeded;
        }

        @Override
        public int read() throws IOException {
            refuseOnceExceeded();
            int next = super.read();
            if (next >= 0) {
                counted(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            refuseOnceExceeded();
            int count = super.read(buffer, offset, length);
            if (count > 0) {
                counted(count);
            }
            return count;
        }

        @Override
        public long skip(long bytes) throws IOException {
            refuseOnceExceeded();
            long skipped = super.skip(bytes);
            if (skipped > 0) {
                counted(skipped);
            }
            return skipped;
        }

        private void refuseOnceExceeded() throws BodyTooLargeException {
            if (exceeded) {
                throw new BodyTooLargeException(limit);
            }
        }

        private void counted(long bytes) throws IOException {
            read += bytes;
            if (read > limit) {
                exceeded = true;
                onExceeded.run();
                throw new BodyTooLargeException(limit);
            }
        }

        /** Past the limit the rest is not drained (Quarkus' stream would read it all on close): the connection closes. */
        @Override
        public void close() throws IOException {
            if (!exceeded) {
                super.close();
            }
        }
    }
}
