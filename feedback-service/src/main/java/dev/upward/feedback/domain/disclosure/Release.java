package dev.upward.feedback.domain.disclosure;

import dev.upward.feedback.domain.Role;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The answers an aggregate may be computed over. {@code whole} is empty when the programme as a
 * whole is suppressed, {@code byRole} is empty when the split by side is.
 */
public record Release<V>(List<SettledAnswer<V>> whole, Map<Role, List<SettledAnswer<V>>> byRole) {

    public boolean wholeSuppressed() {
        return whole.isEmpty();
    }

    public boolean byRoleSuppressed() {
        return byRole.isEmpty();
    }

    /** The same answers counting one part of each value; what is released stays the same. */
    public <W> Release<W> map(Function<V, W> part) {
        Map<Role, List<SettledAnswer<W>>> sides = new EnumMap<>(Role.class);
        byRole.forEach((role, answers) -> sides.put(role, answers.stream().map(a -> a.map(part)).toList()));
        return new Release<>(whole.stream().map(a -> a.map(part)).toList(), sides);
    }
}
