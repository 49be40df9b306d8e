package org.stillwater.edge.testapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.transition.Transitions;

/**
 * A service that stops while it answers a write: its EntityManagerFactory closes after the write was applied and
 * before the commit. Hibernate then skips its flush at commit without an error and the transaction commits anyway;
 * a write {@link Transitions} applied must be stored by then, not answered 201 with nothing stored. This test closes
 * the factory of its own Quarkus instance (a profile of its own), so no other test shares it.
 */
@QuarkusTest
@TestProfile(WriteWhileStoppingTest.OwnInstance.class)
class WriteWhileStoppingTest {

    public static class OwnInstance implements QuarkusTestProfile {
    }

    @Inject
    Transitions transitions;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWriteAppliedBeforeTheServiceStopsIsStoredWhenItsTransactionCommits() throws SQLException {
        UUID patient = UUID.randomUUID();
        NoteRequest request = new NoteRequest("first visit", 100);

        QuarkusTransaction.requiringNew().run(() -> {
            transitions.apply(Note.of(patient, request, "dr.california"), NotePolicy.decide(request));
            entityManagerFactory.unwrap(SessionFactory.class).close();
        });

        assertEquals(1, count(patient), "the transaction committed, so the note it applied is stored");
    }

    /** Read over the pool directly: Hibernate is closed by then. */
    private long count(UUID patient) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from test_note where patient_id = ?")) {
            query.setObject(1, patient);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
