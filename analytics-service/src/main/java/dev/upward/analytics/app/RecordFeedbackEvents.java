package dev.upward.analytics.app;

import dev.upward.analytics.persistence.FeedbackWrites;
import dev.upward.analytics.persistence.FeedbackWrites.Assessment;
import dev.upward.analytics.persistence.FeedbackWrites.FitCheck;
import dev.upward.analytics.persistence.FeedbackWrites.Rating;
import dev.upward.analytics.persistence.FeedbackWrites.SkillScore;
import dev.upward.analytics.persistence.MentorshipWrites;
import dev.upward.contracts.AssessmentSubmitted;
import dev.upward.contracts.FeedbackSubmitted;
import dev.upward.contracts.FitCheckSubmitted;
import dev.upward.contracts.RematchRequested;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Ratings, fit checks, self-assessments and rematch requests from {@code upward.feedback.v1}. */
@Singleton
public class RecordFeedbackEvents extends RecordTopicEvents {

    public RecordFeedbackEvents(RecordEventBatch batch, FeedbackWrites feedback, MentorshipWrites mentorships) {
        super(batch, new EventRoute(EventRoute::cloudEventType, Map.of(
                FeedbackSubmitted.TYPE, EventRoute.writer(e -> new Rating(e.uuid("feedbackId"), e.uuid("sessionId"),
                        e.uuid("mentorshipId"), e.uuid("programId"), e.text("role"), e.integer("rating"), e.occurredAt()),
                        feedback::ratings),
                FitCheckSubmitted.TYPE, EventRoute.writer(e -> new FitCheck(e.uuid("fitCheckId"), e.uuid("mentorshipId"),
                        e.uuid("programId"), e.text("role"), e.bool("working"), e.occurredAt()), feedback::fitChecks),
                AssessmentSubmitted.TYPE, EventRoute.writer(RecordFeedbackEvents::assessment, feedback::assessments),
                RematchRequested.TYPE, RecordMentorshipEvents.milestone(mentorships,
                        MentorshipWrites.Milestone.REMATCH_REQUESTED)),
                Map.of(), true));
    }

    private static Assessment assessment(ConsumedEvent e) {
        List<SkillScore> scores = new ArrayList<>();
        e.payload().path("ratings").forEach(r -> scores.add(new SkillScore(r.path("skill").asText(), r.path("score").asInt())));
        return new Assessment(e.uuid("assessmentId"), e.uuid("participantId"), e.uuid("programId"), e.text("phase"),
                e.text("role"), scores, e.occurredAt());
    }
}
