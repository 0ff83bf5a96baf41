package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.Assessment;
import dev.upward.feedback.domain.Phase;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    public Uni<Assessment> byParticipantAndPhase(UUID participantId, Phase phase) {
        return find("participantId = ?1 and phase = ?2", participantId, phase).firstResult();
    }

    public Uni<List<Assessment>> byAuthor(String employeeId) {
        return list("authorEmployeeId", Sort.ascending("submittedAt"), employeeId);
    }

    public Uni<List<Assessment>> byParticipant(UUID participantId) {
        return list("participantId", participantId);
    }
}
