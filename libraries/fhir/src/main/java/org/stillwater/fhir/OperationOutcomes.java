package org.stillwater.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * An error of {@code /fhir/r4} as an OperationOutcome, which FHIR clients expect, carrying what the REST API's
 * problem+json says: the stable problem type (as the issue's details coding), the detail, and each failed field.
 */
public final class OperationOutcomes {

    private OperationOutcomes() {
    }

    /** One failed parameter or rule: {@code field} as the issue's expression ({@code http.<field>}), {@code code} and {@code message} as its text. */
    public record Failure(String field, String code, String message) {
    }

    /**
     * @param problemType the problem's {@code type} URI, e.g. {@code https://stillwater.example/problems/not-found}
     * @param status      the HTTP status of the answer
     */
    public static OperationOutcome outcome(String problemType, String title, int status, String detail, List<Failure> failures) {
        OperationOutcome outcome = new OperationOutcome();
        IssueType type = issueType(status);
        CodeableConcept details = new CodeableConcept(new Coding(Codes.PROBLEM_TYPE, slug(problemType), title)).setText(detail);
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(status >= 500 ? OperationOutcome.IssueSeverity.FATAL : OperationOutcome.IssueSeverity.ERROR)
                .setCode(type)
                .setDetails(details)
                .setDiagnostics(detail);
        for (Failure failure : failures) {
            if (failures.size() == 1) {
                issue.addExpression(expression(failure.field()));
            } else {
                outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type)
                        .setDetails(new CodeableConcept().setText(failure.code()))
                        .setDiagnostics(failure.message())
                        .addExpression(expression(failure.field()));
            }
        }
        return outcome;
    }

    /** The FHIR issue type an HTTP status stands for (http://hl7.org/fhir/issue-type). */
    static IssueType issueType(int status) {
        return switch (status) {
            case 400, 422 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404, 410 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            case 409 -> IssueType.CONFLICT;
            case 413 -> IssueType.TOOLONG;
            case 429 -> IssueType.THROTTLED;
            case 503, 504 -> IssueType.TRANSIENT;
            default -> status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
        };
    }

    /** Errors of /fhir/r4 are in its path and query parameters (it reads no bodies): FHIR names those {@code http.<name>}. */
    private static String expression(String field) {
        return "http." + field;
    }

    private static String slug(String problemType) {
        if (problemType == null) {
            return "unknown";
        }
        return problemType.startsWith(Codes.PROBLEM_TYPE) ? problemType.substring(Codes.PROBLEM_TYPE.length()) : problemType;
    }
}
