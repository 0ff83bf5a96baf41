package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** A participant asked to end their mentorship and be matched again. Key: the mentorship id. */
public record RematchRequested(UUID mentorshipId, UUID matchId, UUID programId, String requestedBy, Instant occurredAt) {

    public static final String TYPE = "upward.rematch.requested.v1";
}
