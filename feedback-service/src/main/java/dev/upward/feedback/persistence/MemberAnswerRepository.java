package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.MemberAnswer;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The reads every kind of member answer needs: by author, by participant, by programme. */
public abstract class MemberAnswerRepository<T extends MemberAnswer> implements PanacheRepositoryBase<T, UUID> {

    /** Newest first. */
    public Uni<List<T>> byAuthor(String employeeId) {
        return list("authorEmployeeId", Sort.descending("submittedAt"), employeeId);
    }

    public Uni<List<T>> byParticipant(UUID participantId) {
        return list("participantId", participantId);
    }

    public Uni<List<T>> byMembers(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("participantId in ?1", participantIds);
    }

    public Uni<List<T>> ofProgram(UUID programId) {
        return list("programId", programId);
    }
}
