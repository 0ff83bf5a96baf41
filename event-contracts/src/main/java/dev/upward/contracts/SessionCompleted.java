package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** A member marked a session as held. Key: the mentorship id. */
public record SessionCompleted(UUID sessionId, UUID mentorshipId, UUID programId, Instant occurredAt) {

    public static final String TYPE = "upward.session.completed.v1";
}
