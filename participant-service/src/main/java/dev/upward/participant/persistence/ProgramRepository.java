package dev.upward.participant.persistence;

import dev.upward.participant.domain.Program;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<Program, UUID> {

    public Uni<List<Program>> page(int pageIndex, int size) {
        return findAll(io.quarkus.panache.common.Sort.descending("createdAt").and("id"))
                .page(pageIndex, size).list();
    }
}
