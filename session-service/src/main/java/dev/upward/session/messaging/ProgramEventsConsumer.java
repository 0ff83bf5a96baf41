package dev.upward.session.messaging;

import dev.upward.commons.messaging.EventPayloads;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.ProgramCreated;
import dev.upward.session.domain.ProgramCalendar;
import dev.upward.session.persistence.ProgramCalendarRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps each programme's dates, which bound its sessions. */
@ApplicationScoped
public class ProgramEventsConsumer {

    private final ProgramCalendarRepository calendars;
    private final EventPayloads payloads;

    public ProgramEventsConsumer(ProgramCalendarRepository calendars, EventPayloads payloads) {
        this.calendars = calendars;
        this.payloads = payloads;
    }

    @Incoming("programs")
    public Uni<Void> consume(String payload) {
        ProgramCreated event = payloads.read(payload, ProgramCreated.class, ProgramCreated::validate);
        return Projections.insertIfAbsent(calendars, event.programId(), () -> new ProgramCalendar(event.programId(), event.name(),
                event.startsOn(), event.endsOn()));
    }
}
