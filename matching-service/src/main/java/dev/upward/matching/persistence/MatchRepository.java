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

    /** Proposed and accepted matches: their people are not in the pool of a new run. */
    public Uni<List<Match>> holding(UUID programId) {
        return list("programId = ?1 and status in ('PROPOSED', 'ACCEPTED')", programId);
    }

    /** Every pair matched before in the programme, for the not-previously-paired rule. */
    public Uni<List<Match>> ofProgram(UUID programId) {
        return list("programId", programId);
    }

    public Uni<List<Match>> ofEmployee(String employeeId) {
        return list("mentorEmployeeId = ?1 or menteeEmployeeId = ?1 order by createdAt desc", employeeId);
    }

    public Uni<List<Match>> dueForExpiry(Instant now) {
        return list("status = 'PROPOSED' and respondBy < ?1", now);
    }
}
