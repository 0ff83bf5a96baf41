package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** A member cancelled a scheduled session; the reason text stays in session-service. Key: the mentorship id. */
public record SessionCancelled(UUID sessionId, UUID mentorshipId, UUID programId, String cancelledBy, Instant occurredAt) {

    public static final String TYPE = "upward.session.cancelled.v1";
}
