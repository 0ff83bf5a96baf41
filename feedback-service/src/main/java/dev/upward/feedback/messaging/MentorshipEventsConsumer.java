package dev.upward.feedback.messaging;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.MentorshipStarted;
import dev.upward.contracts.SessionCompleted;
import dev.upward.feedback.domain.CompletedSession;
import dev.upward.feedback.domain.MentorshipRef;
import dev.upward.feedback.persistence.CompletedSessionRepository;
import dev.upward.feedback.persistence.MentorshipRefRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;

/**
 * Keeps the mentorships and their completed sessions. Feedback and fit-check requests are
 * derived from these rows when asked for rather than stored, so they appear however the
 * events interleave: a session completed before its mentorship was known becomes a request
 * the moment the mentorship arrives.
 */
@ApplicationScoped
public class MentorshipEventsConsumer {

    private final MentorshipRefRepository mentorships;
    private final CompletedSessionRepository sessions;
    private final Inbox inbox;

    public MentorshipEventsConsumer(MentorshipRefRepository mentorships, CompletedSessionRepository sessions, Inbox inbox) {
        this.mentorships = mentorships;
        this.sessions = sessions;
        this.inbox = inbox;
    }

    @Incoming("mentorships")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(message, Map.of(
                MentorshipStarted.TYPE, EventHandler.of(MentorshipStarted.class, e -> { }, this::started),
                SessionCompleted.TYPE, EventHandler.of(SessionCompleted.class, e -> { }, this::completed)));
    }

    private Uni<Void> started(MentorshipStarted e) {
        return Projections.insertIfAbsent(mentorships, e.mentorshipId(), () -> new MentorshipRef(e.mentorshipId(),
                e.matchId(), e.programId(), e.mentorParticipantId(), e.menteeParticipantId(), e.occurredAt()));
    }

    private Uni<Void> completed(SessionCompleted e) {
        return Projections.insertIfAbsent(sessions, e.sessionId(),
                () -> new CompletedSession(e.sessionId(), e.mentorshipId(), e.programId(), e.occurredAt()));
    }
}
