package dev.upward.matching.app;

import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.ProgramClosed;
import dev.upward.contracts.ProgramCreated;
import dev.upward.contracts.ProgramSnapshot;
import dev.upward.matching.domain.MatchingPolicy;
import dev.upward.matching.domain.ProgramFocus;
import dev.upward.matching.persistence.MatchingPolicyRepository;
import dev.upward.matching.persistence.ProgramFocusRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/**
 * Gives every new programme the default matching policy and keeps each programme's status and
 * focus topics, which scoring uses. Runs in the inbox's transaction; a replayed event changes nothing.
 */
@ApplicationScoped
public class SyncPrograms {

    private final MatchingPolicyRepository policies;
    private final ProgramFocusRepository focus;
    private final Clock clock;

    public SyncPrograms(MatchingPolicyRepository policies, ProgramFocusRepository focus, Clock clock) {
        this.policies = policies;
        this.focus = focus;
        this.clock = clock;
    }

    public Uni<Void> created(ProgramCreated event) {
        return Projections.insertIfAbsent(policies, event.programId(),
                () -> MatchingPolicy.defaultFor(event.programId(), clock.instant()));
    }

    public Uni<Void> snapshot(ProgramSnapshot event) {
        return focus.findById(event.programId()).flatMap(existing -> {
            if (existing == null) {
                return focus.persist(ProgramFocus.of(event.programId(), event.status(), event.focusTopics(), clock.instant()))
                        .replaceWithVoid();
            }
            existing.update(event.status(), event.focusTopics(), clock.instant());
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<Void> closed(ProgramClosed event) {
        return focus.findById(event.programId()).invoke(existing -> {
            if (existing != null) {
                existing.update("CLOSED", existing.focusTopics(), clock.instant());
            }
        }).replaceWithVoid();
    }
}
