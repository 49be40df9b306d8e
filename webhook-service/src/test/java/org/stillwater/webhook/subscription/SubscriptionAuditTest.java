package org.stillwater.webhook.subscription;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;

/** Every request on a subscription leaves an audit row (service-edge's filter), refused ones included. */
@QuarkusTest
class SubscriptionAuditTest {

    private static final String PATH = "/api/v1/webhook-subscriptions";

    @Inject
    EntityManager entityManager;

    /** actor, status, outcome of each audit row whose resource names the subscription. */
    private List<String> rowsNaming(String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select actor || ' ' || action || ' ' || status || ' ' || outcome from audit_log where resource like ?1", String.class)
                .setParameter(1, "%" + id + "%").getResultList().stream().map(Object::toString).toList());
    }

    @Test
    void readsWritesAndRefusedAttemptsOnASubscriptionAreAudited() {
        String id = given().auth().oauth2(As.acme()).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/" + UUID.randomUUID())).post(PATH)
                .then().statusCode(201).extract().jsonPath().getString("id");
        given().auth().oauth2(As.acme()).get(PATH + "/{id}", id).then().statusCode(200);
        given().auth().oauth2(As.globex()).get(PATH + "/{id}", id).then().statusCode(404);
        given().auth().oauth2(As.alex()).get(PATH + "/{id}", id).then().statusCode(403);
        given().get(PATH + "/{id}", id).then().statusCode(401);
        given().auth().oauth2(As.acme()).delete(PATH + "/{id}", id).then().statusCode(204);

        Eventually.assertThat(() -> {
            List<String> rows = rowsNaming(id);
            for (String expected : List.of("service-account-partner-acme GET " + PATH + "/{id} 200 SUCCESS",
                    "service-account-partner-globex GET " + PATH + "/{id} 404 DENIED",
                    "patient.alex GET " + PATH + "/{id} 403 DENIED",
                    "anonymous GET " + PATH + "/{id} 401 DENIED",
                    "service-account-partner-acme DELETE " + PATH + "/{id} 204 SUCCESS")) {
                assertTrue(rows.contains(expected), expected + " not in " + rows);
            }
        });
    }
}
