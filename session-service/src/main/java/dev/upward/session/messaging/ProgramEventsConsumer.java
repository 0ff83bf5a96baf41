package dev.upward.session.messaging;

import dev.upward.session.app.UpdateProgramCalendars;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Programme events from participant-service; unreadable records end in the channel's dead-letter topic. */
@ApplicationScoped
public class ProgramEventsConsumer {

    private final UpdateProgramCalendars calendars;

    public ProgramEventsConsumer(UpdateProgramCalendars calendars) {
        this.calendars = calendars;
    }

    @Incoming("programs")
    public Uni<Void> consume(Message<String> message) {
        return calendars.apply(message);
    }
}
