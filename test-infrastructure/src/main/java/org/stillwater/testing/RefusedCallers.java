package org.stillwater.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.stillwater.launcher.DemoAccounts;

/**
 * The callers DESIGN §3 refuses a patient's record to, each with the answer it must get: another partner (404),
 * another patient (404), ops (403) and a caller without a token (401). Used to check that each refused attempt
 * on a record by its own id still leaves an audit row naming the record's patient.
 */
public final class RefusedCallers {

    /**
     * A refused caller.
     *
     * @param actor  the actor its audit row names
     * @param status the answer it gets
     */
    public record Refused(String actor, int status) {
    }

    /** Another partner, another patient, ops and no token. */
    public static final List<Refused> OF_A_PATIENT_OF_ACME = List.of(
            new Refused("service-account-partner-globex", 404),
            new Refused(DemoAccounts.PATIENT_ALEX, 404),
            new Refused(DemoAccounts.OPS, 403),
            new Refused("anonymous", 401));

    private RefusedCallers() {
    }

    /**
     * Makes the call as each refused caller and checks each answer.
     *
     * @param call   the request on the record, e.g. {@code request -> request.get("/api/v1/intakes/{id}", intakeId)}
     * @param record the record's id, for the failure message
     */
    public static void attempt(UUID record, Function<RequestSpecification, io.restassured.response.Response> call) {
        for (Refused refused : OF_A_PATIENT_OF_ACME) {
            RequestSpecification request = switch (refused.actor()) {
                case "service-account-partner-globex" -> given().auth().oauth2(As.globex());
                case DemoAccounts.PATIENT_ALEX -> given().auth().oauth2(As.alex());
                case DemoAccounts.OPS -> given().auth().oauth2(As.ops());
                default -> given();
            };
            int status = call.apply(request.contentType("application/json")).statusCode();
            if (status != refused.status()) {
                throw new AssertionError(refused.actor() + " asking for " + record + " got " + status + ", not " + refused.status());
            }
        }
    }
}
