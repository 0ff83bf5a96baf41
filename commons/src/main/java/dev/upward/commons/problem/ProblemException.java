package dev.upward.commons.problem;

/**
 * Thrown by domain and API code to answer with a specific problem, for example a 409 when
 * a lifecycle rule forbids a transition or a 422 naming the failing business rule.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(404, "not-found", "Not Found", what + " " + id + " does not exist"));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict", detail));
    }

    public static ProblemException unprocessable(String rule, String detail) {
        return new ProblemException(Problem.of(422, "rule-violated/" + rule, "Business rule violated", detail));
    }

    public Problem problem() {
        return problem;
    }
}
