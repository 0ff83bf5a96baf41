package dev.upward.participant.persistence;

import dev.upward.participant.domain.Program;
import dev.upward.participant.domain.ProgramStatus;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<Program, UUID> {

    public record Page(List<Program> items, long total) {
    }

    /** Newest first; drafts only when {@code draftsVisible}. */
    public Uni<Page> page(ProgramStatus status, boolean draftsVisible, int pageIndex, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (!draftsVisible) {
            where.append(" and status <> :draft");
            parameters.and("draft", ProgramStatus.DRAFT);
        }
        PanacheQuery<Program> query = find(where.toString(), Sort.descending("createdAt").and("id"), parameters);
        return query.page(pageIndex, size).list()
                .flatMap(items -> query.count().map(total -> new Page(items, total)));
    }
}
