package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** One side declined a proposed match; {@code declinedBy} is {@code MENTOR} or {@code MENTEE}. Key: the match id. */
public record MatchDeclined(UUID matchId, UUID programId, String declinedBy, Instant occurredAt) {

    public static final String TYPE = "upward.match.declined.v1";
}
