package dev.upward.feedback.app;

import dev.upward.commons.outbox.Outbox;
import dev.upward.contracts.AssessmentSubmitted;
import dev.upward.contracts.FeedbackSubmitted;
import dev.upward.contracts.FitCheckSubmitted;
import dev.upward.contracts.RematchRequested;
import dev.upward.contracts.SurveyResponseSubmitted;
import dev.upward.contracts.Topics;
import dev.upward.feedback.domain.Assessment;
import dev.upward.feedback.domain.FitCheck;
import dev.upward.feedback.domain.MentorshipRef;
import dev.upward.feedback.domain.SessionFeedback;
import dev.upward.feedback.domain.SurveyResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * What other services learn from feedback-service, written to the outbox in the caller's
 * transaction. Only ids, roles, ratings and yes/no answers travel; free text never does.
 */
@ApplicationScoped
public class FeedbackEvents {

    private final Outbox outbox;

    public FeedbackEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Also sent after an edit that changed the rating: for one feedback id, the latest event holds. */
    public Uni<Void> rated(SessionFeedback f, Instant at) {
        return outbox.append(Topics.FEEDBACK, f.mentorshipId().toString(), FeedbackSubmitted.TYPE,
                new FeedbackSubmitted(f.id(), f.sessionId(), f.mentorshipId(), f.programId(), f.role().name(),
                        f.rating(), at)).replaceWithVoid();
    }

    /** "Not working" also asks matching-service to end the match and pair both people again. */
    public Uni<Void> fitChecked(FitCheck check, MentorshipRef mentorship) {
        String key = check.mentorshipId().toString();
        Uni<Void> answered = outbox.append(Topics.FEEDBACK, key, FitCheckSubmitted.TYPE, new FitCheckSubmitted(check.id(),
                check.mentorshipId(), check.programId(), check.role().name(), check.working(), check.submittedAt()))
                .replaceWithVoid();
        if (check.working()) {
            return answered;
        }
        return answered.chain(() -> outbox.append(Topics.FEEDBACK, key, RematchRequested.TYPE, new RematchRequested(
                check.mentorshipId(), mentorship.matchId(), check.programId(), check.role().name(), check.submittedAt())))
                .replaceWithVoid();
    }

    /** Keyed by participant, so that one person's PRE and POST stay in order. */
    public Uni<Void> assessed(Assessment a) {
        return outbox.append(Topics.FEEDBACK, a.participantId().toString(), AssessmentSubmitted.TYPE,
                new AssessmentSubmitted(a.id(), a.participantId(), a.programId(), a.phase().name(), a.role().name(),
                        a.ratings().stream().map(r -> new AssessmentSubmitted.SkillRating(r.skill(), r.score())).toList(),
                        a.submittedAt())).replaceWithVoid();
    }

    /** Only that a response was given; the answers stay here. */
    public Uni<Void> responded(SurveyResponse r) {
        return outbox.append(Topics.FEEDBACK, r.id().toString(), SurveyResponseSubmitted.TYPE,
                new SurveyResponseSubmitted(r.surveyId(), r.id(), r.programId(), r.submittedAt())).replaceWithVoid();
    }
}
