package org.stillwater.edge.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is a 413 problem+json like every other error,
 * not Quarkus' own empty 413: this route runs just before Quarkus' limit (its order is -2) with the same test on the
 * Content-Length, answers without reading the body, and closes the connection, as Quarkus does, so the unread body
 * is never parsed as a next request.
 */
@ApplicationScoped
public class BodyTooLarge {

    /** Before Quarkus' own max-body-size route (HttpServerCommonHandlers.enforceMaxBodySize, order -2). */
    static final int ORDER = -3;

    void install(@Observes Router router, ObjectMapper objectMapper,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        long maxBytes = limit.asLongValue();
        router.route().order(ORDER).handler(context -> refuseIfLarger(context, maxBytes, objectMapper));
    }

    /** The 413 of a body over the limit, whether its length was declared (here) or counted ({@link ChunkedBodyLimit}). */
    static Problem problem(String detail, String instance) {
        return new Problem(Problem.type("body-too-large"), "Content too large", 413, detail, instance, List.of());
    }

    private static void refuseIfLarger(RoutingContext context, long maxBytes, ObjectMapper objectMapper) {
        long declared = declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared <= maxBytes) {
            context.next();
            return;
        }
        Problem problem = problem("the body has " + declared + " bytes, more than the " + maxBytes + " accepted", context.request().path());
        String body;
        try {
            body = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serialises", e);
        }
        context.response().endHandler(ended -> context.request().connection().close());
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    /** The Content-Length, or -1 when there is none or it is not a number (Quarkus and Vert.x judge those). */
    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
