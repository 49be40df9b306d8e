package org.stillwater.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditFilter;
import org.stillwater.testing.As;

/**
 * When the audit row of a request cannot be written, the request is answered once, with a 503 problem+json,
 * and the failure is logged once: never the loop of failing filters that filled the disk (issue 13).
 * The database refuses the rows of one correlation id, through a trigger this test adds and removes.
 */
@QuarkusTest
class AuditFailureTest {

    private static final String REFUSED_CORRELATION_ID = "audit-refused-by-the-database";

    @Inject
    EntityManager entityManager;

    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
    private final Handler collector = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void refuseTheAuditRowsOfOneCorrelationId() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    create or replace function refuse_test_audit_rows() returns trigger language plpgsql as
                    'begin raise exception ''audit row refused for this test''; end'""").executeUpdate();
            entityManager.createNativeQuery("drop trigger if exists refuse_test_audit_rows on audit_log").executeUpdate();
            entityManager.createNativeQuery("create trigger refuse_test_audit_rows before insert on audit_log for each row"
                    + " when (new.correlation_id = '" + REFUSED_CORRELATION_ID + "') execute function refuse_test_audit_rows()").executeUpdate();
        });
        Logger.getLogger(AuditFilter.class.getName()).addHandler(collector);
    }

    @AfterEach
    void acceptAuditRowsAgain() {
        Logger.getLogger(AuditFilter.class.getName()).removeHandler(collector);
        QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("drop trigger if exists refuse_test_audit_rows on audit_log").executeUpdate());
    }

    @Test
    void aReadWhoseAuditRowCannotBeWrittenIsAnswered503AndLoggedOnce() {
        UUID patient = Api.registerPatient("CA");
        given().auth().oauth2(As.acme()).header("X-Correlation-Id", REFUSED_CORRELATION_ID)
                .get("/api/v1/patients/{id}", patient)
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", endsWith("/audit-unavailable")).body("status", equalTo(503));
        assertEquals(1, errors.size(), "logged once");
    }

    @Test
    void aRefusalWhoseAuditRowCannotBeWrittenIsAnswered503AndLoggedOnce() {
        given().header("Authorization", "Bearer abc.def.ghi").header("X-Correlation-Id", REFUSED_CORRELATION_ID)
                .get("/api/v1/patients/{id}", UUID.randomUUID())
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", endsWith("/audit-unavailable"));
        assertEquals(1, errors.size(), "logged once");
    }

    @Test
    void otherRequestsAreAuditedAsUsualMeanwhile() {
        UUID patient = Api.registerPatient("CA");
        given().auth().oauth2(As.acme()).get("/api/v1/patients/{id}", patient).then().statusCode(200);
        assertEquals(List.of(), errors);
    }
}
