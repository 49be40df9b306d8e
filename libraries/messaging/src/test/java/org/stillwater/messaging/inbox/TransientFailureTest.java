package org.stillwater.messaging.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.ContractViolation;

class TransientFailureTest {

    @Test
    void theDatabaseRefusingConnectionsIsTransient() {
        assertTrue(TransientFailure.is(new JDBCConnectionException("could not connect", new SQLException("Connection refused", "08001"))));
    }

    @Test
    void aConnectionLostInTheMiddleOfATransactionIsTransient() {
        assertTrue(TransientFailure.is(new PersistenceException(new SQLException("An I/O error occurred", "08006"))));
    }

    @Test
    void theServerShuttingDownIsTransient() {
        assertTrue(TransientFailure.is(new SQLException("terminating connection due to administrator command", "57P01")));
    }

    @Test
    void aSerializationFailureOrDeadlockIsTransient() {
        assertTrue(TransientFailure.is(new SQLException("could not serialize access", "40001")));
        assertTrue(TransientFailure.is(new SQLException("deadlock detected", "40P01")));
    }

    @Test
    void tooManyConnectionsIsTransient() {
        assertTrue(TransientFailure.is(new SQLException("sorry, too many clients already", "53300")));
    }

    @Test
    void thePoolHavingNoConnectionInTimeIsTransient() {
        assertTrue(TransientFailure.is(new IllegalStateException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(TransientFailure.is(new SQLTransientConnectionException("timeout")));
    }

    @Test
    void aConstraintViolationIsTheEventsOwnFailure() {
        assertFalse(TransientFailure.is(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "prescription_pkey")));
    }

    @Test
    void aHandlerRefusingTheEventIsItsOwnFailure() {
        assertFalse(TransientFailure.is(new IllegalStateException("no approval for this patient")));
        assertFalse(TransientFailure.is(new ContractViolation("unknown event type")));
    }
}
