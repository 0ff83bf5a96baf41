package dev.upward.session.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.session.domain.Session;
import dev.upward.session.domain.SessionNote;
import dev.upward.session.persistence.SessionNoteRepository;
import dev.upward.session.persistence.SessionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** What a member reads of their sessions; anyone else gets 404. */
@ApplicationScoped
public class SessionQueries {

    /** The sessions of one mentorship, earliest first, with the caller's membership (for their zone). */
    public record MentorshipSessions(Membership.Member member, List<Session> sessions) {
    }

    private final SessionRepository sessions;
    private final SessionNoteRepository notes;
    private final Membership membership;

    public SessionQueries(SessionRepository sessions, SessionNoteRepository notes, Membership membership) {
        this.sessions = sessions;
        this.notes = notes;
        this.membership = membership;
    }

    @WithSession
    public Uni<Membership.SessionMember> one(UUID sessionId) {
        return membership.ofSession(sessionId, false);
    }

    @WithSession
    public Uni<MentorshipSessions> ofMentorship(UUID mentorshipId) {
        return membership.in(mentorshipId).flatMap(member -> sessions.ofMentorship(mentorshipId)
                .map(list -> new MentorshipSessions(member, list)));
    }

    /** My private note on a session; only I ever read it (404 when I wrote none). */
    @WithSession
    public Uni<SessionNote> myNote(UUID sessionId) {
        return membership.ofSession(sessionId, false)
                .flatMap(found -> notes.findById(new SessionNote.Key(sessionId, found.member().employeeId())))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("note on session", sessionId));
    }
}
