package dev.upward.matching.app;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Self-service matching: the best available partners for one participant. */
@ApplicationScoped
public class SuggestionQueries {

    private final PartnerOptions partners;

    public SuggestionQueries(PartnerOptions partners) {
        this.partners = partners;
    }

    /** The best {@code limit} people of the other role who are free and pass every hard rule, best first. */
    @WithSession
    public Uni<List<PartnerOption>> suggestions(UUID participantId, int limit) {
        return partners.of(participantId, false).map(p -> p.allowed().stream()
                .sorted(Comparator.comparingInt((PartnerOption o) -> -o.evaluation().scoreMicros()))
                .limit(limit)
                .toList());
    }
}
