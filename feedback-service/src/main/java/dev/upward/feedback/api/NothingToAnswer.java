package dev.upward.feedback.api;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemException;

/**
 * The 404 for "there is nothing here for you": the same whether the thing does not exist or
 * belongs to someone else, so that the answer reveals neither.
 */
final class NothingToAnswer {

    private NothingToAnswer() {
    }

    static ProblemException because(String detail) {
        return new ProblemException(Problem.of(404, "not-found", "Not Found", detail));
    }
}
