package org.stillwater.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.stillwater.hostile.Part.Hostility;

/**
 * What every answer must be, whatever the request carried (issue 13): an untrusted or missing token is 401; a
 * genuine token without a role the operation allows is 403; a request with an invalid part is a 4xx; anything
 * else is a success the OpenAPI document lists or a 4xx. (A path value that takes the request off its route,
 * such as {@code ..}, may reach another endpoint or none: its status is only held to "not a 5xx".) Never a 5xx, never late; every 4xx a
 * problem+json, or under {@code /fhir/} the OperationOutcome FHIR clients expect;
 * one audit row at least, naming the token's user only when the token is trusted; a few log lines at most, no
 * stack trace.
 */
final class Expectations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Duration timeBound;
    private final long logBound;

    Expectations(Duration timeBound, long logBound) {
        this.timeBound = timeBound;
        this.logBound = logBound;
    }

    /** Every way the answer falls short, each as a violation whose {@code kind} names it without figures. */
    List<Violation> check(HostileRequest request, Answer answer) {
        List<Violation> violations = new ArrayList<>();
        if (answer.timedOut()) {
            violations.add(new Violation("no answer in time", "no answer within " + timeBound.toSeconds() + " s"));
        } else if (answer.status() == Answer.CLOSED) {
            violations.add(new Violation("connection closed without an answer", answer.body()));
        } else {
            status(request, answer, violations);
            boolean fhir = request.operation().path().startsWith("/fhir/");
            // a value such as ../.. may take a FHIR request off /fhir/, where errors are problem+json
            if (fhir && (!request.reroutes() || answer.contentType().equals("application/fhir+json"))) {
                operationOutcome(answer, violations);
            } else {
                problem(answer, violations);
            }
        }
        audit(request, answer, violations);
        if (answer.loggedStackTrace()) {
            violations.add(new Violation("stack trace in the log", "the log grew by " + answer.logGrowth() + " bytes with a stack trace"
                    + answer.logExcerpt().map(line -> ": " + line).orElse("")));
        } else if (answer.logGrowth() > logBound) {
            violations.add(new Violation("log grew too much", "the log grew by " + answer.logGrowth() + " bytes"
                    + answer.logExcerpt().map(line -> ": " + line).orElse("")));
        }
        return violations;
    }

    private static void status(HostileRequest request, Answer answer, List<Violation> violations) {
        int status = answer.status();
        Caller caller = request.caller();
        Operation operation = request.operation();
        if (status >= 500) {
            violations.add(new Violation("answered " + status, "answered " + status + ": " + cut(answer.body())
                    + answer.logExcerpt().map(line -> "; logged: " + line).orElse("")));
        } else if (request.reroutes()) {
            return;
        } else if (!caller.isTrusted()) {
            if (status != 401) {
                violations.add(new Violation("untrusted token not answered 401", "answered " + status));
            }
        } else if (caller.role().isEmpty() || !operation.allows(caller.role().get())) {
            if (status != 403) {
                violations.add(new Violation("refused role not answered 403", "answered " + status));
            }
        } else if (status == 401 || status == 403) {
            violations.add(new Violation("allowed caller refused", "answered " + status + ": " + cut(answer.body())));
        } else if (status < 400 && request.hostility() == Hostility.INVALID) {
            violations.add(new Violation("invalid request accepted", "answered " + status + ": " + cut(answer.body())));
        } else if (status < 400 && !operation.documentedStatuses().contains(status)) {
            violations.add(new Violation("success not in the OpenAPI document",
                    "answered " + status + ", the document lists " + operation.documentedStatuses()));
        } else if (status < 200 || (status >= 300 && status < 400)) {
            violations.add(new Violation("answered " + status, "answered " + status));
        }
    }

    private static void problem(Answer answer, List<Violation> violations) {
        if (answer.status() < 400 || answer.status() >= 600) {
            return;
        }
        if (!answer.contentType().equals("application/problem+json")) {
            violations.add(new Violation("error not problem+json", "answered " + answer.status() + " as '" + answer.contentType()
                    + "': " + cut(answer.body())));
            return;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem == null || problem.path("status").asInt() != answer.status() || !problem.hasNonNull("type")) {
                violations.add(new Violation("problem+json without its status or type", cut(answer.body())));
            }
        } catch (IOException e) {
            violations.add(new Violation("problem+json that is not JSON", cut(answer.body())));
        }
    }

    private static void operationOutcome(Answer answer, List<Violation> violations) {
        if (answer.status() < 400 || answer.status() >= 600) {
            return;
        }
        if (!answer.contentType().equals("application/fhir+json")) {
            violations.add(new Violation("FHIR error not an OperationOutcome", "answered " + answer.status() + " as '" + answer.contentType()
                    + "': " + cut(answer.body())));
            return;
        }
        try {
            JsonNode outcome = JSON.readTree(answer.body());
            if (outcome == null || !outcome.path("resourceType").asText().equals("OperationOutcome")
                    || !outcome.path("issue").path(0).hasNonNull("code")) {
                violations.add(new Violation("OperationOutcome without an issue", cut(answer.body())));
            }
        } catch (IOException e) {
            violations.add(new Violation("OperationOutcome that is not JSON", cut(answer.body())));
        }
    }

    private static void audit(HostileRequest request, Answer answer, List<Violation> violations) {
        if (answer.auditActors().isEmpty()) {
            violations.add(new Violation("no audit row", "no audit row for the request"));
            return;
        }
        String expected = request.caller().auditedActor();
        for (String actor : answer.auditActors()) {
            if (!expected.equals(actor)) {
                violations.add(new Violation("audit row names the wrong actor", "audited as '" + actor + "', expected '" + expected + "'"));
                return;
            }
        }
    }

    private static String cut(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }

    /**
     * @param kind   the kind of shortfall, without figures (the same for every counterexample of one kind)
     * @param detail what this answer did
     */
    record Violation(String kind, String detail) {
    }
}
