package dev.upward.feedback.api;

import dev.upward.feedback.domain.SessionFeedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Feedback as its author sees it; no one else is ever shown this view. */
public record FeedbackView(UUID id, UUID sessionId, int rating, List<String> usefulTopics, String learned,
                           String commentForProgramTeam, Instant submittedAt) {

    static FeedbackView of(SessionFeedback f) {
        return new FeedbackView(f.id(), f.sessionId(), f.rating(), f.usefulTopics(), f.learned(),
                f.commentForProgramTeam(), f.submittedAt());
    }
}
