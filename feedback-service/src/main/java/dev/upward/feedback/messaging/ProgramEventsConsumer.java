package dev.upward.feedback.messaging;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.ProgramCreated;
import dev.upward.feedback.domain.ProgramRef;
import dev.upward.feedback.persistence.ProgramRefRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;

/** Learns of programmes, to which surveys and assessments belong. */
@ApplicationScoped
public class ProgramEventsConsumer {

    private final ProgramRefRepository programs;
    private final Inbox inbox;

    public ProgramEventsConsumer(ProgramRefRepository programs, Inbox inbox) {
        this.programs = programs;
        this.inbox = inbox;
    }

    @Incoming("programs")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(message, Map.of(ProgramCreated.TYPE,
                EventHandler.of(ProgramCreated.class, ProgramCreated::validate, this::created)));
    }

    private Uni<Void> created(ProgramCreated event) {
        return Projections.insertIfAbsent(programs, event.programId(), () -> new ProgramRef(event.programId(), event.name()));
    }
}
