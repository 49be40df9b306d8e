package org.stillwater.edge.problem;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * A request that waited the pool's whole acquisition timeout ({@code quarkus.datasource.jdbc.acquisition-timeout},
 * 5 s unless set) for a database connection: the service is overloaded, not broken. It is answered 503 with a
 * {@code Retry-After}, like an unwritable audit row, so a client repeats it later (with the same Idempotency-Key for
 * a write) instead of reporting an internal error. Nothing was changed: the transaction never had a connection.
 *
 * <p>Agroal, the pool Quarkus uses, says so only with a plain {@link SQLException} whose message names the
 * acquisition timeout ("Sorry, acquisition timeout!", "Acquisition timeout while waiting for new connection");
 * Hibernate wraps it ("Unable to acquire JDBC Connection").
 */
final class DatabaseBusy {

    static final int RETRY_AFTER_SECONDS = 2;
    private static final int DEEPEST_CAUSE = 16;

    private DatabaseBusy() {
    }

    /** Whether {@code failure} or one of its causes is the pool's acquisition timeout. */
    static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    static Response answer(String instance) {
        return Response.status(503)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("service-busy"), "Service unavailable", 503,
                        "the service is too busy to answer now; nothing was changed; retry after "
                                + RETRY_AFTER_SECONDS + " s", instance, List.of()))
                .build();
    }
}
