package dev.upward.feedback.api;

import dev.upward.feedback.app.FeedbackQueries.FeedbackRequest;
import dev.upward.feedback.domain.Role;

import java.time.Instant;
import java.util.UUID;

/**
 * A completed session the caller has not rated yet. {@code participantId} is who the caller is
 * in that mentorship's programme.
 */
public record FeedbackRequestView(UUID sessionId, UUID mentorshipId, UUID programId, UUID participantId, Role myRole,
                                  Instant requestedAt) {

    static FeedbackRequestView of(FeedbackRequest request) {
        var s = request.session();
        return new FeedbackRequestView(s.sessionId(), s.mentorshipId(), s.programId(), request.member().participantId(),
                request.member().role(), s.completedAt());
    }
}
