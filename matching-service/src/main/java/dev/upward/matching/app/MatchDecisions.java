package dev.upward.matching.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Caller;
import dev.upward.matching.domain.Match;
import dev.upward.matching.persistence.MatchRepository;
import dev.upward.matching.persistence.ParticipantRefRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's answer to their proposed match. When both have accepted, MatchAccepted starts the
 * mentorship; a decline ends the match. Anyone else's match answers 404.
 */
@ApplicationScoped
public class MatchDecisions {

    private final MatchRepository matches;
    private final ParticipantRefRepository participants;
    private final MatchEvents events;
    private final Caller caller;
    private final Clock clock;

    public MatchDecisions(MatchRepository matches, ParticipantRefRepository participants, MatchEvents events, Caller caller,
                          Clock clock) {
        this.matches = matches;
        this.participants = participants;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<SidedMatch> accept(UUID matchId) {
        return decide(matchId, true);
    }

    @WithTransaction
    public Uni<SidedMatch> decline(UUID matchId) {
        return decide(matchId, false);
    }

    private Uni<SidedMatch> decide(UUID matchId, boolean accept) {
        String me = caller.requireEmployeeId();
        Instant now = clock.instant();
        return matches.findById(matchId).flatMap(match -> {
            String side = match == null ? null : match.sideOf(me);
            if (side == null) {
                throw ProblemException.notFound("match", matchId);
            }
            Uni<Void> effect = switch (match.decide(side, accept, now)) {
                case ACCEPTED -> events.accepted(match);
                // the one who did not decline goes back to the pool with priority
                case DECLINED -> participants.findById(match.participantOn(side.equals("MENTOR") ? "MENTEE" : "MENTOR"))
                        .invoke(other -> {
                            if (other != null) {
                                other.waitWithPriority(now);
                            }
                        })
                        .chain(() -> events.declined(match, side));
                case WAITING_FOR_OTHER -> Uni.createFrom().voidItem();
            };
            return effect.replaceWith(new SidedMatch(match, side));
        });
    }
}
