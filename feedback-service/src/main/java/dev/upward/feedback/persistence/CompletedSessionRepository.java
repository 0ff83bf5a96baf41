package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.CompletedSession;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CompletedSessionRepository implements PanacheRepositoryBase<CompletedSession, UUID> {

    /** Oldest first, so that the n-th completed session of a mentorship is at index n - 1. */
    public Uni<List<CompletedSession>> ofMentorships(Collection<UUID> mentorshipIds) {
        if (mentorshipIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("mentorshipId in ?1", Sort.ascending("completedAt", "sessionId"), mentorshipIds);
    }
}
