package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** The matching run proposed a pair; both people answer before {@code respondBy}. Key: the match id. */
public record MatchProposed(UUID matchId, UUID programId, UUID mentorParticipantId, UUID menteeParticipantId,
                            double score, Instant respondBy, Instant occurredAt) {

    public static final String TYPE = "upward.match.proposed.v1";
}
