package dev.upward.matching.app;

import dev.upward.matching.domain.Match;
import dev.upward.matching.persistence.MatchRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;

/**
 * Expires proposals nobody answered in time: the proposed matches past their deadline become
 * EXPIRED and MatchExpired is published through the outbox, both in one transaction. Running
 * it on several instances at once is harmless: the version column lets only one of them
 * change a match.
 */
@ApplicationScoped
public class ExpireMatches {

    private final MatchRepository matches;
    private final PriorityReturn priorityReturn;
    private final MatchEvents events;
    private final Clock clock;

    public ExpireMatches(MatchRepository matches, PriorityReturn priorityReturn, MatchEvents events, Clock clock) {
        this.matches = matches;
        this.priorityReturn = priorityReturn;
        this.events = events;
        this.clock = clock;
    }

    /** Answers how many proposals were due. */
    @WithTransaction
    public Uni<Integer> expireDue() {
        return matches.dueForExpiry(clock.instant())
                .flatMap(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(this::expire)
                        .collect().asList().map(List::size));
    }

    /** Both people go back to the pool with priority: neither chose to end it. */
    private Uni<Match> expire(Match match) {
        if (!match.expireIfDue(clock.instant())) {
            return Uni.createFrom().item(match);
        }
        return priorityReturn.both(match, clock.instant()).chain(() -> events.expired(match)).replaceWith(match);
    }
}
