package dev.upward.feedback.api;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemResponses;
import dev.upward.feedback.domain.EditWindowClosedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An edit after the answer became final answers 409: the state, not the input, forbids it.
 * So does losing a race for a row that may exist only once (two identical submissions at the
 * same moment): Hibernate reports the unique violation without the driver's exception in the
 * cause chain, which the shared mappers look for, so it is recognised here by its own type.
 */
public class FeedbackProblems {

    private static final Logger LOG = Logger.getLogger(FeedbackProblems.class);

    private final ProblemResponses responses;

    public FeedbackProblems(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response editWindowClosed(EditWindowClosedException e, UriInfo uriInfo) {
        return responses.render(Problem.of(409, "edit-window-closed", "Conflict", e.getMessage()), uriInfo);
    }

    @ServerExceptionMapper
    public Response uniqueViolation(ConstraintViolationException e, UriInfo uriInfo) {
        if (!"23505".equals(e.getSQLState()) && (e.getMessage() == null || !e.getMessage().contains("(23505)"))) {
            LOG.error("Unexpected constraint violation", e);
            return responses.render(Problem.of(500, "internal", "Internal Server Error",
                    "The server could not complete the request; it has been logged"), uriInfo);
        }
        String constraint = e.getConstraintName() == null ? "a unique constraint" : e.getConstraintName();
        return responses.render(Problem.of(409, "conflict", "Conflict",
                "the request conflicts with an existing record (" + constraint + ")"), uriInfo);
    }
}
