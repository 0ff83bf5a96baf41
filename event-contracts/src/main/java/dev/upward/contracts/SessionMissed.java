package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** A scheduled session did not take place because MENTOR, MENTEE or BOTH did not come. Key: the mentorship id. */
public record SessionMissed(UUID sessionId, UUID mentorshipId, UUID programId, String missedBy, Instant occurredAt) {

    public static final String TYPE = "upward.session.missed.v1";
}
