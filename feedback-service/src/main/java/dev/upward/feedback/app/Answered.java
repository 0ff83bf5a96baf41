package dev.upward.feedback.app;

import dev.upward.commons.domain.RuleViolationException;
import dev.upward.feedback.domain.MemberAnswer;
import io.smallrye.mutiny.Uni;

import java.util.function.Supplier;

/**
 * An answer and whether this request gave it or found it given before. Every answer here is
 * given once per member: a repeated submission (a retry, a double click) gets the first one back
 * rather than a second row.
 */
public record Answered<T>(T answer, boolean created) {

    /** The answer given before, or else the one {@code give} stores. */
    static <T> Uni<Answered<T>> once(Uni<T> previous, Supplier<Uni<T>> give) {
        return previous.flatMap(found -> found != null
                ? Uni.createFrom().item(new Answered<>(found, false))
                : give.get().map(saved -> new Answered<>(saved, true)));
    }

    /** Null unless the answer is the caller's own: nobody reads another person's answer back. */
    static <T extends MemberAnswer> T ownedBy(T answer, String employeeId) {
        return answer != null && answer.isAuthoredBy(employeeId) ? answer : null;
    }

    /** Builds a domain value, turning what the domain refuses into a 422 naming {@code rule}. */
    static <T> T checked(String rule, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(rule, e.getMessage());
        }
    }
}
