package dev.upward.matching.messaging;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.ProgramClosed;
import dev.upward.contracts.ProgramCreated;
import dev.upward.contracts.ProgramSnapshot;
import dev.upward.matching.domain.ProgramFocus;
import dev.upward.matching.persistence.ProgramFocusRepository;
import dev.upward.matching.domain.MatchingPolicy;
import dev.upward.matching.persistence.MatchingPolicyRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Clock;
import java.util.Map;

/**
 * Gives every new programme the default matching policy and keeps each programme's focus
 * topics; a replayed event changes nothing.
 */
@ApplicationScoped
public class ProgramEventsConsumer {

    private final MatchingPolicyRepository policies;
    private final ProgramFocusRepository focus;
    private final Inbox inbox;
    private final Clock clock = Clock.systemUTC();

    public ProgramEventsConsumer(MatchingPolicyRepository policies, ProgramFocusRepository focus, Inbox inbox) {
        this.policies = policies;
        this.focus = focus;
        this.inbox = inbox;
    }

    @Incoming("programs")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(message, Map.of(
                ProgramCreated.TYPE, EventHandler.of(ProgramCreated.class, ProgramCreated::validate, this::created),
                ProgramSnapshot.LAUNCHED, EventHandler.of(ProgramSnapshot.class, e -> { }, this::snapshot),
                ProgramSnapshot.UPDATED, EventHandler.of(ProgramSnapshot.class, e -> { }, this::snapshot),
                ProgramClosed.TYPE, EventHandler.of(ProgramClosed.class, e -> { }, this::closed)));
    }

    /** Keeps the programme's status and focus topics, which scoring uses. */
    private Uni<Void> snapshot(ProgramSnapshot event) {
        return focus.findById(event.programId()).flatMap(existing -> {
            if (existing == null) {
                return focus.persist(ProgramFocus.of(event.programId(), event.status(), event.focusTopics(), clock.instant()))
                        .replaceWithVoid();
            }
            existing.update(event.status(), event.focusTopics(), clock.instant());
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> closed(ProgramClosed event) {
        return focus.findById(event.programId()).invoke(existing -> {
            if (existing != null) {
                existing.update("CLOSED", existing.focusTopics(), clock.instant());
            }
        }).replaceWithVoid();
    }

    private Uni<Void> created(ProgramCreated event) {
        return Projections.insertIfAbsent(policies, event.programId(), () -> MatchingPolicy.defaultFor(event.programId(), clock.instant()));
    }
}
