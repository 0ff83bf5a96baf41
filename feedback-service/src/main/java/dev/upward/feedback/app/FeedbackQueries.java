package dev.upward.feedback.app;

import dev.upward.feedback.app.Memberships.Membership;
import dev.upward.feedback.domain.CompletedSession;
import dev.upward.feedback.domain.Member;
import dev.upward.feedback.domain.SessionFeedback;
import dev.upward.feedback.persistence.CompletedSessionRepository;
import dev.upward.feedback.persistence.SessionFeedbackRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a member may read of session feedback: their open requests and their own answers, nobody else's. */
@ApplicationScoped
public class FeedbackQueries {

    private final SessionFeedbackRepository feedback;
    private final CompletedSessionRepository sessions;
    private final Memberships memberships;

    public FeedbackQueries(SessionFeedbackRepository feedback, CompletedSessionRepository sessions,
                           Memberships memberships) {
        this.feedback = feedback;
        this.sessions = sessions;
        this.memberships = memberships;
    }

    /** A completed session the member has not rated yet, and who they are in its mentorship. */
    public record FeedbackRequest(CompletedSession session, Member member) {
    }

    /** Completed sessions of the employee's mentorships that they have not rated, newest first. */
    @WithSession
    public Uni<List<FeedbackRequest>> requests(String employeeId) {
        return memberships.all(employeeId).flatMap(mine -> {
            Map<UUID, Membership> byMentorship = mine.stream()
                    .collect(Collectors.toMap(m -> m.mentorship().mentorshipId(), Function.identity()));
            return sessions.ofMentorships(byMentorship.keySet()).flatMap(completed -> feedback
                    .byMembers(mine.stream().map(m -> m.member().participantId()).toList())
                    .map(given -> {
                        Set<UUID> rated = given.stream().map(SessionFeedback::sessionId).collect(Collectors.toSet());
                        return completed.stream()
                                .filter(s -> !rated.contains(s.sessionId()))
                                .sorted(Comparator.comparing(CompletedSession::completedAt).reversed())
                                .map(s -> new FeedbackRequest(s, byMentorship.get(s.mentorshipId()).member()))
                                .toList();
                    }));
        });
    }

    /** The employee's own feedback, newest first. */
    @WithSession
    public Uni<List<SessionFeedback>> mine(String employeeId) {
        return feedback.byAuthor(employeeId);
    }

    /** Null for someone else's feedback as for unknown feedback: not even its existence is revealed. */
    @WithSession
    public Uni<SessionFeedback> own(String employeeId, UUID id) {
        return feedback.findById(id).map(found -> Answered.ownedBy(found, employeeId));
    }
}
