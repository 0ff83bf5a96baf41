package dev.upward.session.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Caller;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.ParticipantRef;
import dev.upward.session.domain.Session;
import dev.upward.session.persistence.MentorshipRepository;
import dev.upward.session.persistence.ParticipantRefRepository;
import dev.upward.session.persistence.SessionRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/**
 * Who the caller is in a mentorship. The only place where session-service decides
 * ownership: a mentorship the caller is not a member of answers 404, exactly like one that
 * does not exist, so its existence is not revealed. Runs inside the use case's session.
 */
@RequestScoped
public class Membership {

    /** The caller inside one mentorship: their side and participant record. */
    public record Member(Mentorship mentorship, String side, ParticipantRef me, String employeeId) {
    }

    /** A session and the caller's membership of its mentorship. */
    public record SessionMember(Session session, Member member) {
    }

    private final MentorshipRepository mentorships;
    private final ParticipantRefRepository participants;
    private final SessionRepository sessions;
    private final Caller caller;

    public Membership(MentorshipRepository mentorships, ParticipantRefRepository participants, SessionRepository sessions,
                      Caller caller) {
        this.mentorships = mentorships;
        this.participants = participants;
        this.sessions = sessions;
        this.caller = caller;
    }

    public String employeeId() {
        return caller.requireEmployeeId();
    }

    public Uni<Member> in(UUID mentorshipId) {
        String me = employeeId();
        return mentorships.findById(mentorshipId).flatMap(mentorship -> {
            if (mentorship == null) {
                return Uni.createFrom().failure(ProblemException.notFound("mentorship", mentorshipId));
            }
            return participants.ofEmployee(me).map(mine -> mine.stream()
                    .filter(p -> mentorship.sideOf(p.participantId()) != null)
                    .findFirst()
                    .map(p -> new Member(mentorship, mentorship.sideOf(p.participantId()), p, me))
                    .orElseThrow(() -> ProblemException.notFound("mentorship", mentorshipId)));
        });
    }

    /** The session and the caller's membership of its mentorship; 404 for anyone else. */
    public Uni<SessionMember> ofSession(UUID sessionId, boolean forUpdate) {
        Uni<Session> session = forUpdate ? sessions.findById(sessionId, LockModeType.PESSIMISTIC_WRITE) : sessions.findById(sessionId);
        return session.flatMap(s -> {
            if (s == null) {
                return Uni.createFrom().failure(ProblemException.notFound("session", sessionId));
            }
            return in(s.mentorshipId())
                    .onFailure(ProblemException.class).transform(e -> ProblemException.notFound("session", sessionId))
                    .map(member -> new SessionMember(s, member));
        });
    }
}
