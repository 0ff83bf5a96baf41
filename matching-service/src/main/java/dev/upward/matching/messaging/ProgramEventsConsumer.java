package dev.upward.matching.messaging;

import dev.upward.contracts.ProgramClosed;
import dev.upward.contracts.ProgramCreated;
import dev.upward.contracts.ProgramSnapshot;
import dev.upward.matching.app.ConsumedEvents;
import dev.upward.matching.app.ConsumedEvents.Handler;
import dev.upward.matching.app.SyncPrograms;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;

/** Programme events from participant-service: new programmes, their status and focus topics. */
@ApplicationScoped
public class ProgramEventsConsumer {

    private final ConsumedEvents events;
    private final SyncPrograms programs;

    public ProgramEventsConsumer(ConsumedEvents events, SyncPrograms programs) {
        this.events = events;
        this.programs = programs;
    }

    @Incoming("programs")
    public Uni<Void> consume(Message<String> message) {
        return events.applyOnce(message, Map.of(
                ProgramCreated.TYPE, Handler.of(ProgramCreated.class, ProgramCreated::validate, programs::created),
                ProgramSnapshot.LAUNCHED, Handler.of(ProgramSnapshot.class, programs::snapshot),
                ProgramSnapshot.UPDATED, Handler.of(ProgramSnapshot.class, programs::snapshot),
                ProgramClosed.TYPE, Handler.of(ProgramClosed.class, programs::closed)));
    }
}
