package dev.upward.feedback.api;

import dev.upward.feedback.domain.EditWindow;
import dev.upward.feedback.domain.Role;
import dev.upward.feedback.domain.SessionFeedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Feedback as its author sees it; no one else is ever shown this view. */
public record FeedbackView(UUID id, UUID sessionId, UUID mentorshipId, UUID programId, Role role, int rating,
                           List<String> usefulTopics, String learned, String commentForProgramTeam,
                           Instant submittedAt, Instant updatedAt, Instant editableUntil) {

    static FeedbackView of(SessionFeedback f, EditWindow window) {
        return new FeedbackView(f.id(), f.sessionId(), f.mentorshipId(), f.programId(), f.role(), f.rating(),
                f.usefulTopics(), f.learned(), f.commentForProgramTeam(), f.submittedAt(), f.updatedAt(),
                window.closesAt(f.submittedAt()));
    }
}
