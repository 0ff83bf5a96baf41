package dev.upward.matching.messaging;

import dev.upward.commons.messaging.EventPayloads;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.ProgramCreated;
import dev.upward.matching.domain.MatchingPolicy;
import dev.upward.matching.persistence.MatchingPolicyRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;

/** Gives every new programme the default matching policy; a replayed event changes nothing. */
@ApplicationScoped
public class ProgramEventsConsumer {

    private final MatchingPolicyRepository policies;
    private final EventPayloads payloads;
    private final Clock clock = Clock.systemUTC();

    public ProgramEventsConsumer(MatchingPolicyRepository policies, EventPayloads payloads) {
        this.policies = policies;
        this.payloads = payloads;
    }

    @Incoming("programs")
    public Uni<Void> consume(String payload) {
        ProgramCreated event = payloads.read(payload, ProgramCreated.class, ProgramCreated::validate);
        return Projections.insertIfAbsent(policies, event.programId(), () -> MatchingPolicy.defaultFor(event.programId(), clock.instant()));
    }
}
