package dev.upward.session.persistence;

import dev.upward.session.domain.Session;
import dev.upward.session.domain.SessionRules;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    public Uni<List<Session>> ofMentorship(UUID mentorshipId) {
        return list("mentorshipId", Sort.ascending("startsAt"), mentorshipId);
    }

    /**
     * Scheduled sessions, other than {@code except}, that overlap the span [from, to) in any
     * mentorship of any programme that one of the employees is a member of.
     */
    public Uni<List<SessionRules.Busy>> busy(List<String> employeeIds, UUID except, Instant from, Instant to) {
        return list("from Session s where s.status = dev.upward.session.domain.SessionStatus.SCHEDULED"
                        + " and s.id <> ?1 and s.startsAt < ?3 and s.endsAt > ?2 and exists (from Mentorship m, ParticipantRef p"
                        + " where m.id = s.mentorshipId and p.employeeId in ?4"
                        + " and (p.participantId = m.mentorParticipantId or p.participantId = m.menteeParticipantId))",
                except, from, to, employeeIds)
                .map(found -> found.stream().map(s -> new SessionRules.Busy(s.id(), s.startsAt(), s.endsAt())).toList());
    }

    /** Every session of the mentorships the employee is a member of, for their calendar. */
    public Uni<List<Session>> ofEmployee(String employeeId) {
        return list("from Session s where exists (from Mentorship m, ParticipantRef p where m.id = s.mentorshipId"
                + " and p.employeeId = ?1 and (p.participantId = m.mentorParticipantId or p.participantId = m.menteeParticipantId))"
                + " order by s.startsAt", employeeId);
    }
}
