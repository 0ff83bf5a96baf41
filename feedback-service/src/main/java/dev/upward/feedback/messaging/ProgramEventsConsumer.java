package dev.upward.feedback.messaging;

import dev.upward.commons.messaging.EventPayloads;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.ProgramCreated;
import dev.upward.feedback.domain.ProgramRef;
import dev.upward.feedback.persistence.ProgramRefRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Learns of programmes, to which surveys and assessments belong. */
@ApplicationScoped
public class ProgramEventsConsumer {

    private final ProgramRefRepository programs;
    private final EventPayloads payloads;

    public ProgramEventsConsumer(ProgramRefRepository programs, EventPayloads payloads) {
        this.programs = programs;
        this.payloads = payloads;
    }

    @Incoming("programs")
    public Uni<Void> consume(String payload) {
        ProgramCreated event = payloads.read(payload, ProgramCreated.class, ProgramCreated::validate);
        return Projections.insertIfAbsent(programs, event.programId(), () -> new ProgramRef(event.programId(), event.name()));
    }
}
