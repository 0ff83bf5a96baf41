package dev.upward.commons.messaging;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

import java.util.function.Supplier;

/** Small building blocks for consumers that keep a projection of another service's data. */
public final class Projections {

    private Projections() {
    }

    /**
     * Creates the row for {@code id} unless it exists. Runs in the caller's transaction (the
     * inbox's), so the row and the record that the event was processed commit together.
     */
    public static <E, I> Uni<Void> insertIfAbsent(PanacheRepositoryBase<E, I> repository, I id, Supplier<E> row) {
        return repository.findById(id)
                .flatMap(existing -> existing != null
                        ? Uni.createFrom().voidItem()
                        : repository.persist(row.get()).replaceWithVoid());
    }
}
