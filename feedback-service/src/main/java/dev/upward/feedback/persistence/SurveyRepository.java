package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.Survey;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<Survey, UUID> {

    public Uni<List<Survey>> ofPrograms(Collection<UUID> programIds) {
        if (programIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("programId in ?1", Sort.ascending("createdAt"), programIds);
    }
}
