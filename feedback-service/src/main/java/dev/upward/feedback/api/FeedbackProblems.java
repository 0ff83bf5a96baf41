package dev.upward.feedback.api;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemResponses;
import dev.upward.feedback.domain.EditWindowClosedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An edit after the answer became final answers 409: the state, not the input, forbids it. */
public class FeedbackProblems {

    private final ProblemResponses responses;

    public FeedbackProblems(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response editWindowClosed(EditWindowClosedException e, UriInfo uriInfo) {
        return responses.render(Problem.of(409, "edit-window-closed", "Conflict", e.getMessage()), uriInfo);
    }
}
