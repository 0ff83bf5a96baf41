package dev.upward.matching.messaging;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.ProgramCreated;
import dev.upward.matching.domain.MatchingPolicy;
import dev.upward.matching.persistence.MatchingPolicyRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Clock;
import java.util.Map;

/** Gives every new programme the default matching policy; a replayed event changes nothing. */
@ApplicationScoped
public class ProgramEventsConsumer {

    private final MatchingPolicyRepository policies;
    private final Inbox inbox;
    private final Clock clock = Clock.systemUTC();

    public ProgramEventsConsumer(MatchingPolicyRepository policies, Inbox inbox) {
        this.policies = policies;
        this.inbox = inbox;
    }

    @Incoming("programs")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(message, Map.of(ProgramCreated.TYPE,
                EventHandler.of(ProgramCreated.class, ProgramCreated::validate, this::created)));
    }

    private Uni<Void> created(ProgramCreated event) {
        return Projections.insertIfAbsent(policies, event.programId(), () -> MatchingPolicy.defaultFor(event.programId(), clock.instant()));
    }
}
