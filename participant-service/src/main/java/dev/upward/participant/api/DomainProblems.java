package dev.upward.participant.api;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.problem.ProblemResponses;
import dev.upward.participant.domain.InvalidSettingsException;
import dev.upward.participant.domain.LifecycleException;
import dev.upward.participant.domain.RuleFailure;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Turns the domain's refusals into problem details: lifecycle → 409, broken rules → 422. */
public class DomainProblems {

    private final ProblemResponses responses;

    public DomainProblems(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response lifecycle(LifecycleException e, UriInfo uriInfo) {
        return responses.render(Problem.of(409, "lifecycle", "Conflict", e.getMessage()), uriInfo);
    }

    @ServerExceptionMapper
    public Response invalidSettings(InvalidSettingsException e, UriInfo uriInfo) {
        return responses.render(ruleViolations("invalid-settings", "the settings are inconsistent", e.problems()), uriInfo);
    }

    /** A 422 whose {@code errors} name each failing rule, with a detail that lists them all. */
    static Problem ruleViolations(String rule, String summary, List<RuleFailure> failures) {
        String detail = summary + ": " + String.join("; ", failures.stream().map(f -> f.rule() + " - " + f.message()).toList());
        return Problem.of(422, "rule-violated/" + rule, "Business rule violated", detail)
                .withErrors(failures.stream().map(f -> new Problem.FieldError(f.rule(), f.message())).toList());
    }

    static ProblemException unprocessable(String rule, String summary, List<RuleFailure> failures) {
        return new ProblemException(ruleViolations(rule, summary, failures));
    }
}
