package dev.upward.feedback.messaging;

import dev.upward.feedback.app.KeepRefs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The topics of other services whose data feedback-service keeps a copy of. The inbox in
 * {@link KeepRefs} decodes each record, applies it once and acknowledges it; unreadable
 * records are nacked into the channel's dead-letter topic.
 */
@ApplicationScoped
public class RefEventsConsumer {

    private final KeepRefs refs;

    public RefEventsConsumer(KeepRefs refs) {
        this.refs = refs;
    }

    @Incoming("programs")
    public Uni<Void> programs(Message<String> message) {
        return refs.programEvent(message);
    }

    @Incoming("participants")
    public Uni<Void> participants(Message<String> message) {
        return refs.participantEvent(message);
    }

    @Incoming("mentorships")
    public Uni<Void> mentorships(Message<String> message) {
        return refs.mentorshipEvent(message);
    }
}
