package org.stillwater.messaging.inbox;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure that says nothing about the event (the database briefly away, a lock or serialization
 * conflict, no connection free in time) from one that does (a handler refusing the event, a bug). An event that
 * failed for a transient reason is tried again until it succeeds; it must never reach the dead-letter topic.
 *
 * <p>Transient are: the JDBC transient and recoverable exceptions, and SQLSTATE classes 08 (connection
 * exception), 40 (transaction rollback: serialization failure, deadlock), 53 (insufficient resources, such as
 * too many connections), 57 (operator intervention: the server shutting down or starting) and 58 (system error)
 * of the SQL standard and PostgreSQL's appendix A; a pool's {@link SQLException} without a SQLSTATE (Agroal's
 * acquisition timeout); and JPA's lock and query timeouts. Anything else is the event's own failure.
 */
public final class TransientFailure {

    private static final Set<String> TRANSIENT_SQLSTATE_CLASSES = Set.of("08", "40", "53", "57", "58");

    private TransientFailure() {
    }

    /** True when {@code failure} or any of its causes is transient. */
    public static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isTransientItself(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable failure) {
        if (failure instanceof SQLTransientException || failure instanceof SQLRecoverableException
                || failure instanceof LockTimeoutException || failure instanceof PessimisticLockException
                || failure instanceof QueryTimeoutException) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state == null ? sql.getErrorCode() == 0 && sql.getClass() == SQLException.class
                    : state.length() >= 2 && TRANSIENT_SQLSTATE_CLASSES.contains(state.substring(0, 2));
        }
        return false;
    }
}
