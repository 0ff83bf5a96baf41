package dev.upward.matching.messaging;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.contracts.RematchRequested;
import dev.upward.matching.persistence.MatchRepository;
import dev.upward.matching.persistence.ParticipantProjectionRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Clock;
import java.util.Map;

/**
 * Acts on rematch requests from {@code upward.feedback.v1} (a failed fit check or a direct
 * request): the match ends with reason REMATCH and both people go back to the pool with
 * priority; the not-previously-paired rule keeps them apart. A repeat finds the match ended
 * and does nothing.
 */
@ApplicationScoped
public class FeedbackEventsConsumer {

    private final MatchRepository matches;
    private final ParticipantProjectionRepository participants;
    private final MatchEvents events;
    private final Inbox inbox;
    private final Clock clock;

    public FeedbackEventsConsumer(MatchRepository matches, ParticipantProjectionRepository participants, MatchEvents events,
                                  Inbox inbox, Clock clock) {
        this.matches = matches;
        this.participants = participants;
        this.events = events;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Incoming("feedback")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(message, Map.of(RematchRequested.TYPE,
                EventHandler.of(RematchRequested.class, e -> { }, this::rematch)));
    }

    private Uni<Void> rematch(RematchRequested event) {
        return matches.findById(event.matchId()).flatMap(match -> {
            if (match == null || !match.endEarly(clock.instant())) {
                return Uni.createFrom().voidItem();
            }
            return PriorityReturn.both(participants, match, clock.instant()).chain(() -> events.ended(match, "REMATCH"));
        });
    }
}
