package dev.upward.session.messaging;

import dev.upward.session.app.StartOrEndMentorships;
import dev.upward.session.app.UpdateParticipantRefs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Participant events (who stands behind each member) and match events (an accepted match
 * starts a mentorship, an ended one stops it); unreadable records end in the channel's
 * dead-letter topic.
 */
@ApplicationScoped
public class MentorshipEventsConsumer {

    private final UpdateParticipantRefs participants;
    private final StartOrEndMentorships mentorships;

    public MentorshipEventsConsumer(UpdateParticipantRefs participants, StartOrEndMentorships mentorships) {
        this.participants = participants;
        this.mentorships = mentorships;
    }

    @Incoming("participants")
    public Uni<Void> participants(Message<String> message) {
        return participants.apply(message);
    }

    @Incoming("matches")
    public Uni<Void> matches(Message<String> message) {
        return mentorships.apply(message);
    }
}
