package dev.upward.feedback.messaging;

import dev.upward.commons.outbox.Outbox;
import dev.upward.contracts.FeedbackSubmitted;
import dev.upward.contracts.Topics;
import dev.upward.feedback.domain.SessionFeedback;
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
}
