package dev.upward.feedback.domain.disclosure;

import dev.upward.feedback.domain.Role;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * One final answer as aggregates see it: a pseudonymous respondent, their side, when the answer
 * became final, and the value counted. Final answers never change, which is what makes a
 * release order that later answers can only extend.
 */
public record SettledAnswer<V>(UUID id, UUID respondent, Role role, Instant settledAt, V value) {

    public SettledAnswer {
        if (id == null || respondent == null || role == null || settledAt == null) {
            throw new IllegalArgumentException("id, respondent, role and settledAt are required");
        }
    }

    /** The same answer counting a different value of it, e.g. the rating of a piece of feedback. */
    public <W> SettledAnswer<W> map(Function<V, W> part) {
        return new SettledAnswer<>(id, respondent, role, settledAt, part.apply(value));
    }
}
