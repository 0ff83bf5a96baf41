package dev.upward.session.messaging;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.ProgramCreated;
import dev.upward.session.domain.ProgramCalendar;
import dev.upward.session.persistence.ProgramCalendarRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;

/** Keeps each programme's dates, which bound its sessions. */
@ApplicationScoped
public class ProgramEventsConsumer {

    private final ProgramCalendarRepository calendars;
    private final Inbox inbox;

    public ProgramEventsConsumer(ProgramCalendarRepository calendars, Inbox inbox) {
        this.calendars = calendars;
        this.inbox = inbox;
    }

    @Incoming("programs")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(message, Map.of(ProgramCreated.TYPE,
                EventHandler.of(ProgramCreated.class, ProgramCreated::validate, this::created)));
    }

    private Uni<Void> created(ProgramCreated event) {
        return Projections.insertIfAbsent(calendars, event.programId(), () -> new ProgramCalendar(event.programId(), event.name(),
                event.startsOn(), event.endsOn()));
    }
}
