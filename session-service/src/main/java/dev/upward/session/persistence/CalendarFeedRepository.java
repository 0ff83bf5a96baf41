package dev.upward.session.persistence;

import dev.upward.session.domain.CalendarFeed;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeed, UUID> {

    public Uni<CalendarFeed> activeByToken(String token) {
        return find("tokenSha256 = ?1 and revokedAt is null", CalendarFeed.hash(token)).firstResult();
    }

    public Uni<List<CalendarFeed>> ofEmployee(String employeeId) {
        return list("employeeId", Sort.descending("createdAt"), employeeId);
    }
}
