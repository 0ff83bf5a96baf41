package dev.upward.feedback.api;

import dev.upward.feedback.domain.FitCheck;
import dev.upward.feedback.domain.Role;

import java.time.Instant;
import java.util.UUID;

/** A fit check as its author sees it. */
public record FitCheckView(UUID id, UUID mentorshipId, UUID programId, Role role, boolean working, String reason,
                           Instant submittedAt) {

    static FitCheckView of(FitCheck c) {
        return new FitCheckView(c.id(), c.mentorshipId(), c.programId(), c.role(), c.working(), c.reason(), c.submittedAt());
    }
}
