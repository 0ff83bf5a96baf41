package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** A milestone of a mentorship goal was reached. Key: the mentorship id. */
public record MilestoneReached(UUID mentorshipId, UUID programId, UUID milestoneId, Instant occurredAt) {

    public static final String TYPE = "upward.milestone.reached.v1";
}
