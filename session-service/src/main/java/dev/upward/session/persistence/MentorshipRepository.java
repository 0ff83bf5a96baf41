package dev.upward.session.persistence;

import dev.upward.session.domain.Mentorship;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MentorshipRepository implements PanacheRepositoryBase<Mentorship, UUID> {

    public Uni<Mentorship> ofMatch(UUID matchId) {
        return find("matchId", matchId).firstResult();
    }

    public Uni<List<Mentorship>> open() {
        return list("status in ?1", List.of(Mentorship.ACTIVE, Mentorship.AT_RISK));
    }

    public Uni<List<Mentorship>> openEndedBefore(java.time.LocalDate day) {
        return list("status in ?1 and plannedEnd < ?2", List.of(Mentorship.ACTIVE, Mentorship.AT_RISK), day);
    }

    public Uni<List<Mentorship>> ofProgram(UUID programId) {
        return list("programId", io.quarkus.panache.common.Sort.descending("startedAt"), programId);
    }

    public Uni<List<Mentorship>> ofParticipant(UUID participantId) {
        return list("mentorParticipantId = ?1 or menteeParticipantId = ?1", participantId);
    }

    /** The mentorships the employee is a member of, through any of their participations. */
    public Uni<List<Mentorship>> ofEmployee(String employeeId) {
        return list("from Mentorship m where exists (from ParticipantRef p where p.employeeId = ?1"
                + " and (p.participantId = m.mentorParticipantId or p.participantId = m.menteeParticipantId))"
                + " order by m.startedAt desc", employeeId);
    }
}
