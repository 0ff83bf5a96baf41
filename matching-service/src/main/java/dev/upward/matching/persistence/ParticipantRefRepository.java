package dev.upward.matching.persistence;

import dev.upward.matching.domain.ParticipantRef;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ParticipantRefRepository implements PanacheRepositoryBase<ParticipantRef, UUID> {

    public Uni<List<ParticipantRef>> active(UUID programId) {
        return list("programId = ?1 and status = 'ACTIVE' order by participantId", programId);
    }

    public Uni<List<ParticipantRef>> ofEmployee(String employeeId) {
        return list("employeeId", employeeId);
    }
}
