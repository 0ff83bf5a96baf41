package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** Nobody answered a proposed match before its deadline. Key: the match id. */
public record MatchExpired(UUID matchId, UUID programId, Instant occurredAt) {

    public static final String TYPE = "upward.match.expired.v1";
}
