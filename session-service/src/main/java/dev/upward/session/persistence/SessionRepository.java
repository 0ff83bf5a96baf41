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

    /** The start of each mentorship's next scheduled session after {@code now}. */
    public Uni<java.util.Map<UUID, Instant>> nextStarts(Instant now) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select s.mentorshipId, min(s.startsAt) from Session s where s.status = dev.upward.session.domain.SessionStatus.SCHEDULED"
                                + " and s.startsAt > ?1 group by s.mentorshipId", Object[].class)
                .setParameter(1, now).getResultList())
                .map(rows -> rows.stream().collect(java.util.stream.Collectors.toMap(r -> (UUID) r[0], r -> (Instant) r[1])));
    }

    /** Per mentorship of the programme: how many sessions are in each status. */
    public Uni<java.util.Map<UUID, java.util.Map<String, Long>>> countsByMentorship(UUID programId) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select s.mentorshipId, s.status, count(s) from Session s where s.programId = ?1 group by s.mentorshipId, s.status",
                        Object[].class)
                .setParameter(1, programId).getResultList())
                .map(rows -> {
                    java.util.Map<UUID, java.util.Map<String, Long>> counts = new java.util.HashMap<>();
                    for (Object[] r : rows) {
                        counts.computeIfAbsent((UUID) r[0], k -> new java.util.HashMap<>()).put(r[1].toString(), (Long) r[2]);
                    }
                    return counts;
                });
    }

    public Uni<List<Session>> scheduledBetween(Instant from, Instant to) {
        return list("status = dev.upward.session.domain.SessionStatus.SCHEDULED and startsAt > ?1 and startsAt <= ?2", from, to);
    }

    /** Every session of the mentorships the employee is a member of, for their calendar. */
    public Uni<List<Session>> ofEmployee(String employeeId) {
        return list("from Session s where exists (from Mentorship m, ParticipantRef p where m.id = s.mentorshipId"
                + " and p.employeeId = ?1 and (p.participantId = m.mentorParticipantId or p.participantId = m.menteeParticipantId))"
                + " order by s.startsAt", employeeId);
    }
}
