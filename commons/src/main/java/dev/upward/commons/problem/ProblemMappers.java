package dev.upward.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.upward.commons.domain.RuleViolationException;
import dev.upward.commons.domain.StateConflictException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem response.
 * Unexpected exceptions become a 500 whose body reveals nothing internal; they are logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ProblemResponses responses;

    public ProblemMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uriInfo) {
        return responses.render(e.problem(), uriInfo);
    }

    /** The current state forbids the request: 409 with the domain's problem type. */
    @ServerExceptionMapper
    public Response stateConflict(StateConflictException e, UriInfo uriInfo) {
        return responses.render(Problem.of(409, e.problemType(), "Conflict", e.getMessage()), uriInfo);
    }

    /** A business rule refuses the request: 422 naming the rule, one error per failing rule. */
    @ServerExceptionMapper
    public Response ruleViolation(RuleViolationException e, UriInfo uriInfo) {
        Problem problem = Problem.of(422, "rule-violated/" + e.rule(), "Business rule violated", e.getMessage());
        if (!e.failures().isEmpty()) {
            problem = problem.withErrors(e.failures().stream()
                    .map(f -> new Problem.FieldError(f.rule(), f.message())).toList());
        }
        return responses.render(problem, uriInfo);
    }

    /**
     * Losing a race for a row that may exist only once, as Hibernate reports it: without the
     * driver's exception in the cause chain, so it is recognised by its own type and SQL state.
     */
    @ServerExceptionMapper
    public Response uniqueViolation(org.hibernate.exception.ConstraintViolationException e, UriInfo uriInfo) {
        if (!"23505".equals(e.getSQLState()) && (e.getMessage() == null || !e.getMessage().contains("(23505)"))) {
            LOG.error("Unexpected constraint violation", e);
            return responses.render(internal(), uriInfo);
        }
        String constraint = e.getConstraintName() == null ? "a unique constraint" : e.getConstraintName();
        return responses.render(Problem.of(409, "conflict", "Conflict",
                "the request conflicts with an existing record (" + constraint + ")"), uriInfo);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uriInfo) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        Problem problem = Problem.of(400, "validation", "Invalid request",
                "The request has " + errors.size() + " invalid field(s)").withErrors(errors);
        return responses.render(problem, uriInfo);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uriInfo) {
        return responses.render(Problem.of(400, "malformed-body", "Malformed request body",
                describeJsonError(e)), uriInfo);
    }

    /** More specific than the JSON mapper above so it wins over the framework's own mapper. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uriInfo) {
        return unreadableJson(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uriInfo) {
        return responses.render(unauthenticated(), uriInfo);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uriInfo) {
        return responses.render(unauthenticated(), uriInfo);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uriInfo) {
        return responses.render(Problem.of(403, "forbidden", "Forbidden",
                "Your token does not grant the role this operation requires"), uriInfo);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uriInfo) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return responses.render(internal(), uriInfo);
        }
        Response.StatusType statusInfo = e.getResponse().getStatusInfo();
        String title = statusInfo.getReasonPhrase();
        return responses.render(Problem.of(status, slug(title), title, e.getMessage()), uriInfo);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uriInfo) {
        Problem concurrent = concurrentChange(e);
        if (concurrent != null) {
            return responses.render(concurrent, uriInfo);
        }
        if (DependencyOutage.isOutage(e)) {
            LOG.warnf("Answering 503: a dependency is unreachable (%s)", DependencyOutage.describe(e));
            return responses.render(Problem.of(503, "dependency-unavailable", "Service Unavailable",
                    "the service lost its database connection and could not complete the request; retry in a few seconds"), uriInfo);
        }
        LOG.error("Unexpected error while handling a request", e);
        return responses.render(internal(), uriInfo);
    }

    /**
     * Two requests that raced for the same row: the loser hears 409 and can reload and retry.
     * The database's unique indexes and the entities' versions detect the race; the failure
     * arrives wrapped by the reactive stack, so the whole cause chain is searched.
     */
    private static Problem concurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                return Problem.of(409, "concurrent-change", "Conflict",
                        "the resource was changed by another request; reload it and try again");
            }
            if (cause instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())) {
                return Problem.of(409, "conflict", "Conflict",
                        "the request conflicts with an existing record (" + pg.getConstraint() + ")");
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return null;
    }

    private static Problem unauthenticated() {
        return Problem.of(401, "unauthenticated", "Unauthorized",
                "A valid bearer token from the upward realm is required");
    }

    private static Problem internal() {
        return Problem.of(500, "internal", "Internal Server Error",
                "The server could not complete the request; it has been logged");
    }

    private static String slug(String title) {
        return title == null ? "error" : title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // Property paths look like "create.request.name": the method and parameter
        // segments mean nothing to a client, the last segments name the field.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }

    static String describeJsonError(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "Unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException f) {
            return "Field '" + path(f) + "' has an invalid value: " + f.getValue();
        }
        if (e instanceof MismatchedInputException m) {
            return "Field '" + path(m) + "' has the wrong type or shape";
        }
        return "The body is not valid JSON";
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
