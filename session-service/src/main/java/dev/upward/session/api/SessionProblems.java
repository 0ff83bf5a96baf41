package dev.upward.session.api;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemResponses;
import dev.upward.session.domain.SessionRuleException;
import dev.upward.session.domain.SessionStateException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A broken scheduling rule is 422 naming the rule; a state that forbids the request is 409. */
public class SessionProblems {

    private final ProblemResponses responses;

    public SessionProblems(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response rule(SessionRuleException e, UriInfo uriInfo) {
        return responses.render(Problem.of(422, "rule-violated/" + e.rule(), "Business rule violated", e.getMessage()), uriInfo);
    }

    @ServerExceptionMapper
    public Response state(SessionStateException e, UriInfo uriInfo) {
        return responses.render(Problem.of(409, "lifecycle", "Conflict", e.getMessage()), uriInfo);
    }
}
