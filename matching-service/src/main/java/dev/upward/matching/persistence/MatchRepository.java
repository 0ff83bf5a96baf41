package dev.upward.matching.persistence;

import dev.upward.matching.domain.Match;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MatchRepository implements PanacheRepositoryBase<Match, UUID> {

    /** Every pair matched before in the programme, for the not-previously-paired rule. */
    public Uni<List<Match>> ofProgram(UUID programId) {
        return list("programId", programId);
    }

    public Uni<List<Match>> ofEmployee(String employeeId) {
        return list("mentorEmployeeId = ?1 or menteeEmployeeId = ?1 order by createdAt desc", employeeId);
    }

    public Uni<List<Match>> ofParticipant(UUID participantId) {
        return list("mentorParticipantId = ?1 or menteeParticipantId = ?1", participantId);
    }

    public Uni<List<Match>> dueForExpiry(Instant now) {
        return list("status = 'PROPOSED' and respondBy < ?1", now);
    }
}
