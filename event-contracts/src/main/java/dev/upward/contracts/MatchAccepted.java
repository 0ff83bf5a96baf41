package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** Both people accepted their match; a mentorship starts. Key: the match id. */
public record MatchAccepted(UUID matchId, UUID programId, UUID mentorParticipantId, UUID menteeParticipantId,
                            Instant occurredAt) {

    public static final String TYPE = "upward.match.accepted.v1";
}
