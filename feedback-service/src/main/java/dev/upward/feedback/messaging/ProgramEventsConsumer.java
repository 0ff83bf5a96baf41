package dev.upward.feedback.messaging;

import dev.upward.commons.messaging.EventPayloads;
import dev.upward.contracts.ProgramCreated;
import dev.upward.feedback.domain.ProgramRef;
import dev.upward.feedback.persistence.ProgramRefRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
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
        return Panache.withTransaction(() -> programs.findById(event.programId())
                .flatMap(existing -> existing != null
                        ? Uni.createFrom().voidItem()
                        : programs.persist(new ProgramRef(event.programId(), event.name())).replaceWithVoid()));
    }
}
