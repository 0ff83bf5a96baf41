package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.SessionFeedback;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SessionFeedbackRepository implements PanacheRepositoryBase<SessionFeedback, UUID> {

    public Uni<SessionFeedback> byMemberAndSession(UUID participantId, UUID sessionId) {
        return find("participantId = ?1 and sessionId = ?2", participantId, sessionId).firstResult();
    }

    public Uni<List<SessionFeedback>> byAuthor(String employeeId) {
        return list("authorEmployeeId", Sort.descending("submittedAt"), employeeId);
    }

    public Uni<List<SessionFeedback>> byMembers(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("participantId in ?1", participantIds);
    }

    public Uni<List<SessionFeedback>> ofProgram(UUID programId) {
        return list("programId", programId);
    }
}
