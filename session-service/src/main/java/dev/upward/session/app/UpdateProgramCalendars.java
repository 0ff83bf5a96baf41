package dev.upward.session.app;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.ProgramCreated;
import dev.upward.contracts.ProgramSnapshot;
import dev.upward.session.domain.ProgramCalendar;
import dev.upward.session.persistence.ProgramCalendarRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;

/**
 * Keeps each programme's dates, which bound its sessions, and its focus topics, which feed
 * agenda suggestions. The programme topic is keyed by programme id, so its events arrive in
 * the order they happened and the latest snapshot wins.
 */
@ApplicationScoped
public class UpdateProgramCalendars {

    private final ProgramCalendarRepository calendars;
    private final Inbox inbox;

    public UpdateProgramCalendars(ProgramCalendarRepository calendars, Inbox inbox) {
        this.calendars = calendars;
        this.inbox = inbox;
    }

    /** Applies one programme event at most once, in the inbox's transaction. */
    public Uni<Void> apply(Message<String> message) {
        EventHandler<ProgramSnapshot> snapshot = EventHandler.of(ProgramSnapshot.class, e -> { }, this::changed);
        return inbox.handle(message, Map.of(
                ProgramCreated.TYPE, EventHandler.of(ProgramCreated.class, ProgramCreated::validate, this::created),
                ProgramSnapshot.LAUNCHED, snapshot,
                ProgramSnapshot.UPDATED, snapshot));
    }

    private Uni<Void> created(ProgramCreated event) {
        return Projections.insertIfAbsent(calendars, event.programId(), () -> new ProgramCalendar(event.programId(), event.name(),
                event.startsOn(), event.endsOn()));
    }

    private Uni<Void> changed(ProgramSnapshot event) {
        return calendars.findById(event.programId()).flatMap(calendar -> {
            if (calendar == null) {
                ProgramCalendar created = new ProgramCalendar(event.programId(), event.name(), event.startsOn(), event.endsOn());
                created.update(null, event.startsOn(), event.endsOn(), event.focusTopics());
                return calendars.persist(created).replaceWithVoid();
            }
            calendar.update(event.name(), event.startsOn(), event.endsOn(), event.focusTopics());
            return Uni.createFrom().voidItem();
        });
    }
}
