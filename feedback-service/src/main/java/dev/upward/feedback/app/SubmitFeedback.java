package dev.upward.feedback.app;

import dev.upward.feedback.domain.SessionFeedback;
import dev.upward.feedback.persistence.CompletedSessionRepository;
import dev.upward.feedback.persistence.SessionFeedbackRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A member rates a completed session of their mentorship, once. */
@ApplicationScoped
public class SubmitFeedback {

    private final CompletedSessionRepository sessions;
    private final Memberships memberships;
    private final SessionFeedbackRepository feedback;
    private final FeedbackEvents events;
    private final Clock clock;

    public SubmitFeedback(CompletedSessionRepository sessions, Memberships memberships, SessionFeedbackRepository feedback,
                          FeedbackEvents events, Clock clock) {
        this.sessions = sessions;
        this.memberships = memberships;
        this.feedback = feedback;
        this.events = events;
        this.clock = clock;
    }

    /** Null when there is no request for the employee: the session is unknown, not completed, or not of their mentorship. */
    @WithTransaction
    public Uni<Answered<SessionFeedback>> submit(String employeeId, UUID sessionId, SessionFeedback.Answer answer) {
        Instant now = clock.instant();
        return sessions.findById(sessionId).flatMap(session -> session == null
                ? Uni.createFrom().nullItem()
                : memberships.in(employeeId, session.mentorshipId()).flatMap(membership -> membership == null
                        ? Uni.createFrom().nullItem()
                        : Answered.once(feedback.byMemberAndSession(membership.member().participantId(), sessionId),
                                () -> feedback.persist(SessionFeedback.submit(session, membership.member(), employeeId,
                                                answer, now))
                                        .call(saved -> events.rated(saved, now)))));
    }
}
