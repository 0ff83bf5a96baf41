package dev.upward.matching.app;

import dev.upward.contracts.RematchRequested;
import dev.upward.matching.persistence.MatchRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/**
 * Acts on a rematch request (a failed fit check or a direct request): the match ends with
 * reason REMATCH and both people go back to the pool with priority; the not-previously-paired
 * rule keeps them apart. Runs in the inbox's transaction; a repeat finds the match ended and
 * does nothing.
 */
@ApplicationScoped
public class RematchPair {

    private final MatchRepository matches;
    private final PriorityReturn priorityReturn;
    private final MatchEvents events;
    private final Clock clock;

    public RematchPair(MatchRepository matches, PriorityReturn priorityReturn, MatchEvents events, Clock clock) {
        this.matches = matches;
        this.priorityReturn = priorityReturn;
        this.events = events;
        this.clock = clock;
    }

    public Uni<Void> requested(RematchRequested event) {
        return matches.findById(event.matchId()).flatMap(match -> {
            if (match == null || !match.endEarly(clock.instant())) {
                return Uni.createFrom().voidItem();
            }
            return priorityReturn.both(match, clock.instant()).chain(() -> events.ended(match, "REMATCH"));
        });
    }
}
