package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** A proposed or accepted match ended (a leaver, a rematch, completion). Key: the match id. */
public record MatchEnded(UUID matchId, UUID programId, String reason, Instant occurredAt) {

    public static final String TYPE = "upward.match.ended.v1";
}
