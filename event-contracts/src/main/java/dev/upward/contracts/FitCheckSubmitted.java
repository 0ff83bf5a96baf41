package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** A member answered "is this working?"; the reason stays in feedback-service. Key: the mentorship id. */
public record FitCheckSubmitted(UUID fitCheckId, UUID mentorshipId, UUID programId, String role, boolean working,
                                Instant occurredAt) {

    public static final String TYPE = "upward.fit-check.submitted.v1";
}
