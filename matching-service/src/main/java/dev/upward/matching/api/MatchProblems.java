package dev.upward.matching.api;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemResponses;
import dev.upward.matching.domain.MatchStateException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A decision the match no longer allows answers 409. */
public class MatchProblems {

    private final ProblemResponses responses;

    public MatchProblems(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response matchState(MatchStateException e, UriInfo uriInfo) {
        return responses.render(Problem.of(409, "match-state", "Conflict", e.getMessage()), uriInfo);
    }
}
