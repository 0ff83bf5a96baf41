package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.FitCheck;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FitCheckRepository implements PanacheRepositoryBase<FitCheck, UUID> {

    public Uni<FitCheck> byMemberAndMentorship(UUID participantId, UUID mentorshipId) {
        return find("participantId = ?1 and mentorshipId = ?2", participantId, mentorshipId).firstResult();
    }

    public Uni<List<FitCheck>> byAuthor(String employeeId) {
        return list("authorEmployeeId", Sort.descending("submittedAt"), employeeId);
    }

    public Uni<List<FitCheck>> byMembers(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("participantId in ?1", participantIds);
    }

    public Uni<List<FitCheck>> ofProgram(UUID programId) {
        return list("programId", programId);
    }
}
