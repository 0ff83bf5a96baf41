package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** A member rated a session; no free text ever travels. Key: the mentorship id. */
public record FeedbackSubmitted(UUID feedbackId, UUID sessionId, UUID mentorshipId, UUID programId, String role, int rating,
                                Instant occurredAt) {

    public static final String TYPE = "upward.feedback.submitted.v1";
}
