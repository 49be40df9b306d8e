package org.stillwater.edge.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.vertx.VertxInputStream;

/**
 * A chunked body (no Content-Length, so {@link BodyTooLarge} cannot judge it from the headers) larger than
 * {@code quarkus.http.limits.max-body-size} is a 413 problem+json too, and its audit row says 413. Quarkus REST would
 * enforce the limit while the body is read, answering an empty 413 itself; the request then left no audit row (its
 * failure, mapped to a 500, could no longer be answered) and two logged stack traces. So this filter takes the limit
 * over from Quarkus (the routing context's {@link VertxInputStream#MAX_REQUEST_SIZE_KEY}, which Quarkus sets only for a body without a
 * Content-Length) and counts the bytes the endpoint reads: past the limit, reading fails with {@link BodyTooLargeException},
 * answered 413 by {@link ProblemMappers}, and an HTTP/1.x connection is closed after the answer, as Quarkus does, so the
 * unread rest of the body is never parsed as a next request. Only POST, PUT and PATCH carry a body here.
 *
 * <p>The filter builds the blocking entity stream; every endpoint of the services is blocking. A non-blocking endpoint
 * with a body (returning {@code Uni}, or {@code @NonBlocking}) would then read it on the I/O thread: this filter must
 * learn to leave such endpoints to Quarkus before one is added.
 */
public class ChunkedBodyLimit {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @ServerRequestFilter
    public void countChunkedBody(ContainerRequestContext request, RoutingContext routing) {
        Long limit = routing.get(VertxInputStream.MAX_REQUEST_SIZE_KEY);
        if (limit == null || limit <= 0 || !WITH_BODY.contains(routing.request().method())) {
            return;
        }
        // removed before the entity stream is created: Quarkus' stream reads the limit once, when it is built
        routing.remove(VertxInputStream.MAX_REQUEST_SIZE_KEY);
        request.setEntityStream(new CountedBody(request.getEntityStream(), limit, () -> closeAfterAnswer(routing)));
    }

    /**
     * HTTP/1.x: the rest of the body would be read as the next request, so the connection closes once the answer is
     * written (a routing context end handler; the response's own end handler belongs to Quarkus REST). HTTP/2 carries
     * other requests on the connection and stops this one's body by flow control once nothing reads it.
     */
    private static void closeAfterAnswer(RoutingContext routing) {
        if (routing.request().version() == HttpVersion.HTTP_2) {
            return;
        }
        routing.response().putHeader(HttpHeaders.CONNECTION, "close");
        routing.addEndHandler(ended -> routing.request().connection().close());
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
            // InputStream.skip reads what it skips: never more than one byte past the limit before it is counted
            long skipped = super.skip(Math.min(bytes, limit - read + 1));
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

        /**
         * Quarkus' stream reads the rest of the body on close, without a limit: an endpoint that stopped early (Jackson
         * refusing an array where a note belongs, say) would read an endless body. So the rest is read here, counted, up to the
         * limit; past it the connection closes instead.
         */
        @Override
        public void close() throws IOException {
            if (exceeded) {
                return;
            }
            byte[] rest = new byte[8192];
            while (read(rest, 0, (int) Math.min(rest.length, limit - read + 1)) >= 0) {
                // counted and dropped; one byte past the limit the read throws
            }
            super.close();
        }
    }
}
