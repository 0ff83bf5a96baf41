package dev.upward.feedback.api;

import dev.upward.feedback.domain.SessionFeedback;

import java.util.List;

/** The answer part of a feedback body, the same when it is first given and when it is changed. */
interface FeedbackAnswer {

    Integer rating();

    List<String> usefulTopics();

    String learned();

    String commentForProgramTeam();

    default SessionFeedback.Answer answer() {
        return new SessionFeedback.Answer(rating(), usefulTopics(), learned(), commentForProgramTeam());
    }
}
