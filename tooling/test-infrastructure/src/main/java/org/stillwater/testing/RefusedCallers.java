package org.stillwater.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
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

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    private RefusedCallers() {
    }

    /**
     * Checks that the audit rows of one action hold a DENIED row for each refused caller, with its answer.
     *
     * @param rows    the audit rows of the record's patient for that action
     * @param actor   a row's actor
     * @param status  a row's HTTP status
     * @param outcome a row's outcome
     */
    public static <R> void assertEachAttemptIsAudited(List<R> rows, Function<R, String> actor, Function<R, Integer> status,
                                                      Function<R, String> outcome) {
        for (Refused refused : OF_A_PATIENT_OF_ACME) {
            boolean audited = rows.stream().anyMatch(row -> actor.apply(row).equals(refused.actor())
                    && status.apply(row) == refused.status() && "DENIED".equals(outcome.apply(row)));
            if (!audited) {
                throw new AssertionError("no DENIED audit row of " + refused.actor() + " (" + refused.status() + ") in " + rows);
            }
        }
    }

    /** The path parameters of the service's OpenAPI document that name a record of its own: all but patientId and pharmacyId. */
    public static Set<String> recordIdParameters() {
        Set<String> parameters = new TreeSet<>();
        given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().<String, Object>getMap("paths").keySet()
                .forEach(path -> PATH_PARAMETER.matcher(path).results().forEach(match -> parameters.add(match.group(1))));
        parameters.removeAll(Set.of("patientId", "pharmacyId"));
        return parameters;
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
