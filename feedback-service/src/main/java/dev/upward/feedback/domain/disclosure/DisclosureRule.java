package dev.upward.feedback.domain.disclosure;

import dev.upward.feedback.domain.Role;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Decides which final answers a programme-level aggregate may include so that no figure, and no
 * difference between figures, describes fewer than {@link #MINIMUM_RESPONDENTS} people.
 *
 * <p>Suppressing a group below the threshold is not enough on its own: the programme figure
 * today minus the same figure yesterday is the answer of whoever answered in between, and the
 * whole minus one side is the other side. So answers are released in <em>blocks</em>. Taken
 * in the order they became final, answers are cut into consecutive blocks that each hold
 * answers of at least five distinct respondents; only complete blocks count. Whatever two
 * figures someone compares, they differ by whole blocks. The split by side moves only at
 * <em>checkpoints</em>: a block boundary where the answers since the previous checkpoint
 * come from at least five mentors and at least five mentees. Mentor and mentee figures
 * therefore always add up to the programme figure at that checkpoint and change only by
 * steps of five or more people on each side.
 *
 * <p>There are no other groupings (no dates, departments or people to filter by), because
 * each extra grouping is one more figure to subtract.
 */
public final class DisclosureRule {

    public static final int MINIMUM_RESPONDENTS = 5;

    private static final Comparator<SettledAnswer<?>> RELEASE_ORDER = Comparator
            .<SettledAnswer<?>, java.time.Instant>comparing(SettledAnswer::settledAt)
            .thenComparing(SettledAnswer::id);

    public <V> Release<V> release(Collection<SettledAnswer<V>> settled) {
        List<SettledAnswer<V>> ordered = settled.stream().sorted(RELEASE_ORDER).toList();
        int wholeEnd = 0;
        int checkpoint = 0;
        Set<UUID> inBlock = new HashSet<>();
        for (int i = 0; i < ordered.size(); i++) {
            inBlock.add(ordered.get(i).respondent());
            if (inBlock.size() < MINIMUM_RESPONDENTS) {
                continue;
            }
            wholeEnd = i + 1;
            inBlock.clear();
            List<SettledAnswer<V>> sinceCheckpoint = ordered.subList(checkpoint, wholeEnd);
            if (respondents(sinceCheckpoint, Role.MENTOR) >= MINIMUM_RESPONDENTS
                    && respondents(sinceCheckpoint, Role.MENTEE) >= MINIMUM_RESPONDENTS) {
                checkpoint = wholeEnd;
            }
        }
        Map<Role, List<SettledAnswer<V>>> byRole = new EnumMap<>(Role.class);
        if (checkpoint > 0) {
            byRole.putAll(ordered.subList(0, checkpoint).stream()
                    .collect(Collectors.groupingBy(SettledAnswer::role, () -> new EnumMap<>(Role.class), Collectors.toList())));
        }
        return new Release<>(List.copyOf(ordered.subList(0, wholeEnd)), byRole);
    }

    private static long respondents(List<? extends SettledAnswer<?>> answers, Role role) {
        return answers.stream().filter(a -> a.role() == role).map(SettledAnswer::respondent).distinct().count();
    }
}
