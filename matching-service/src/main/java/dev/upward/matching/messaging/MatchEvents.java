package dev.upward.matching.messaging;

import dev.upward.commons.outbox.Outbox;
import dev.upward.contracts.Topics;
import dev.upward.matching.domain.Match;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Match events for {@code upward.matches.v1} through the outbox, keyed by match id. */
@ApplicationScoped
public class MatchEvents {

    public static final String PROPOSED = "upward.match.proposed.v1";
    public static final String ACCEPTED = "upward.match.accepted.v1";
    public static final String DECLINED = "upward.match.declined.v1";
    public static final String ENDED = "upward.match.ended.v1";
    public static final String EXPIRED = "upward.match.expired.v1";

    private final Outbox outbox;
    private final Clock clock;

    public MatchEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> proposed(Match match) {
        Map<String, Object> event = base(match);
        event.put("mentorParticipantId", match.mentorParticipantId());
        event.put("menteeParticipantId", match.menteeParticipantId());
        event.put("score", match.scoreMicros() / 1_000_000.0);
        event.put("respondBy", match.respondBy());
        return append(match, PROPOSED, event);
    }

    public Uni<Void> accepted(Match match) {
        Map<String, Object> event = base(match);
        event.put("mentorParticipantId", match.mentorParticipantId());
        event.put("menteeParticipantId", match.menteeParticipantId());
        return append(match, ACCEPTED, event);
    }

    public Uni<Void> declined(Match match, String side) {
        Map<String, Object> event = base(match);
        event.put("declinedBy", side);
        return append(match, DECLINED, event);
    }

    public Uni<Void> expired(Match match) {
        return append(match, EXPIRED, base(match));
    }

    public Uni<Void> ended(Match match, String reason) {
        Map<String, Object> event = base(match);
        event.put("reason", reason);
        return append(match, ENDED, event);
    }

    private Map<String, Object> base(Match match) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("matchId", match.id());
        event.put("programId", match.programId());
        return event;
    }

    private Uni<Void> append(Match match, String type, Map<String, Object> event) {
        event.put("occurredAt", clock.instant());
        return outbox.append(Topics.MATCHES, match.id().toString(), type, event).replaceWithVoid();
    }
}
