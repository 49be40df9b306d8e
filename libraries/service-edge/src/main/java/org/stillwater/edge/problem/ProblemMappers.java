package org.stillwater.edge.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves a service as {@code application/problem+json}: never an HTML page or a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem problem = e.toProblem(path(uri));
        Response.ResponseBuilder answer = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        e.retryAfterSeconds().ifPresent(seconds -> answer.header("Retry-After", seconds));
        return answer.build();
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(field(violation), code(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.type("invalid-request"), "Invalid request", 400, detail, path(uri), errors));
    }

    /** More specific than Quarkus' built-in mapper, which answers 400 with no body. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : parsedPath(e);
        String code;
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            code = "unknown-field";
            message = "is not a field of this request";
            field = field.isEmpty() ? unknown.getPropertyName() : field;
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            code = "invalid-value";
            message = invalid.getOriginalMessage();
        } else if (e instanceof InvalidFormatException invalid) {
            code = "invalid-value";
            message = "cannot be read as " + invalid.getTargetType().getSimpleName()
                    + (invalid.getTargetType().isEnum() ? " (one of " + enumValues(invalid.getTargetType()) + ")" : "");
        } else if (duplicate(e) != null) {
            code = "duplicate-field";
            message = "appears more than once";
            String key = duplicate(e);
            if (!field.equals(key) && !field.endsWith("." + key)) {
                field = field.isEmpty() ? key : field + "." + key;
            }
        } else if (e instanceof JsonMappingException && !endOfInput(e)) {
            code = "wrong-type";
            message = "has the wrong type or shape";
        } else if (e instanceof InputCoercionException) {
            code = "out-of-range";
            message = "is out of range for its type";
        } else if (e instanceof StreamConstraintsException) {
            code = "too-large";
            message = "is nested too deeply or too large";
        } else {
            code = "malformed-json";
            message = "the body is not valid JSON";
            field = "body";
        }
        if (field.isEmpty()) {
            field = "body";
        }
        Problem.FieldError error = new Problem.FieldError(field, code, message);
        return respond(new Problem(Problem.type("invalid-request"), "Invalid request", 400, field + " " + message, path(uri), List.of(error)));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "your role may not do this", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(new Problem(Problem.type("not-found"), "Not found", 404, "no such resource", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, UriInfo uri) {
        return respond(new Problem(Problem.type("method-not-allowed"), "Method not allowed", 405,
                "this resource does not accept that method", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return respond(new Problem(Problem.type("unsupported-media-type"), "Unsupported media type", 415,
                "send application/json", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "failure answering %s", path(uri));
            return internal(uri);
        }
        return respond(new Problem(Problem.type("http-" + status), Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase(), status, e.getMessage(), path(uri), List.of()));
    }

    /** A chunked body past {@code quarkus.http.limits.max-body-size} ({@link ChunkedBodyLimit}): a caller's error, not ours. */
    @ServerExceptionMapper
    public Response bodyTooLarge(ChunkedBodyLimit.BodyTooLargeException e, UriInfo uri) {
        return respond(BodyTooLarge.problem("the body has more than the " + e.limit() + " bytes accepted", path(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseBusy.causedBy(e)) {
            LOG.warnf("no database connection was free within the acquisition timeout for %s: answered 503", path(uri));
            return DatabaseBusy.answer(path(uri));
        }
        LOG.errorf(e, "unexpected failure answering %s", path(uri));
        return internal(uri);
    }

    private static Response internal(UriInfo uri) {
        return respond(new Problem(Problem.type("internal-error"), "Internal error", 500,
                "the request could not be completed; nothing was changed", path(uri), List.of()));
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.status(401)
                .header("WWW-Authenticate", "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("unauthenticated"), "Unauthenticated", 401,
                        "a valid bearer token from the stillwater realm is required", path(uri), List.of()))
                .build();
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /** The field as the client wrote it (e.g. {@code phq9[8]}, {@code bloodPressure.systolic}), not the Java method path. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.isInIterable()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter == null ? "body" : parameter;
    }

    /** The code a constraint named for this violation (as a dynamic payload), else the constraint's name, e.g. {@code not-null}. */
    private static String code(ConstraintViolation<?> violation) {
        try {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            String named = hibernate.getDynamicPayload(String.class);
            if (named != null) {
                return named;
            }
        } catch (ValidationException notHibernate) {
            // another provider: the constraint's name below
        }
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return annotation.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }

    /** The key a repeated-key refusal names, or {@code null} for another refusal. */
    private static String duplicate(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null || !message.startsWith("Duplicate field '")) {
            return null;
        }
        int end = message.indexOf('\'', "Duplicate field '".length());
        return end < 0 ? null : message.substring("Duplicate field '".length(), end);
    }

    /** The body ended inside a value: broken JSON, whichever layer noticed. */
    private static boolean endOfInput(JsonProcessingException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input");
    }

    /** Where the parser was when the JSON broke, e.g. {@code bloodPressure.systolic}; empty when it was at the top. */
    private static String parsedPath(JsonProcessingException e) {
        JsonParser parser = e instanceof StreamReadException read ? read.getProcessor() : null;
        if (parser == null) {
            return "";
        }
        List<String> steps = new java.util.ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                steps.add(0, "[" + Math.max(context.getCurrentIndex(), 0) + "]");
            } else if (context.getCurrentName() != null) {
                steps.add(0, context.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            if (!path.isEmpty() && !step.startsWith("[")) {
                path.append('.');
            }
            path.append(step);
        }
        return path.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String enumValues(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
}
