package dev.upward.matching.app;

import dev.upward.commons.outbox.Outbox;
import dev.upward.contracts.MatchAccepted;
import dev.upward.contracts.MatchDeclined;
import dev.upward.contracts.MatchEnded;
import dev.upward.contracts.MatchExpired;
import dev.upward.contracts.MatchProposed;
import dev.upward.contracts.Topics;
import dev.upward.matching.domain.Match;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Match events for {@code upward.matches.v1} through the outbox, keyed by match id, in the caller's transaction. */
@ApplicationScoped
public class MatchEvents {

    private final Outbox outbox;
    private final Clock clock;

    public MatchEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> proposed(Match match) {
        return append(match, MatchProposed.TYPE, new MatchProposed(match.id(), match.programId(),
                match.mentorParticipantId(), match.menteeParticipantId(), match.scoreMicros() / 1_000_000.0,
                match.respondBy(), clock.instant()));
    }

    public Uni<Void> accepted(Match match) {
        return append(match, MatchAccepted.TYPE, new MatchAccepted(match.id(), match.programId(),
                match.mentorParticipantId(), match.menteeParticipantId(), clock.instant()));
    }

    public Uni<Void> declined(Match match, String side) {
        return append(match, MatchDeclined.TYPE, new MatchDeclined(match.id(), match.programId(), side, clock.instant()));
    }

    public Uni<Void> expired(Match match) {
        return append(match, MatchExpired.TYPE, new MatchExpired(match.id(), match.programId(), clock.instant()));
    }

    public Uni<Void> ended(Match match, String reason) {
        return append(match, MatchEnded.TYPE, new MatchEnded(match.id(), match.programId(), reason, clock.instant()));
    }

    private Uni<Void> append(Match match, String type, Object event) {
        return outbox.append(Topics.MATCHES, match.id().toString(), type, event).replaceWithVoid();
    }
}
