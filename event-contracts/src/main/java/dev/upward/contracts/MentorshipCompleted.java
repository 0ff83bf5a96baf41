package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** A mentorship reached its planned end. Key: the mentorship id. */
public record MentorshipCompleted(UUID mentorshipId, UUID programId, Instant occurredAt) {

    public static final String TYPE = "upward.mentorship.completed.v1";
}
