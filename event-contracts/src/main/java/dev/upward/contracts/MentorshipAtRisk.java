package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** A mentorship has gone too long without a session. Key: the mentorship id. */
public record MentorshipAtRisk(UUID mentorshipId, UUID programId, int weeksWithoutSession, Instant occurredAt) {

    public static final String TYPE = "upward.mentorship.at-risk.v1";
}
