package org.stillwater.edge.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Ties a request's log lines and audit row together: the caller's {@code X-Correlation-Id} if it sent a
 * sane one, else a new id; echoed in the response.
 */
public class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    static final int MAX_LENGTH = 64;
    private static final java.util.regex.Pattern SANE = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");
    private static final String PROPERTY = "stillwater.correlation-id";

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String offered = request.getHeaderString(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setProperty(PROPERTY, id);
        MDC.put("correlationId", id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, of(request));
        MDC.remove("correlationId");
    }

    static String of(ContainerRequestContext request) {
        Object id = request.getProperty(PROPERTY);
        return id == null ? null : id.toString();
    }
}
