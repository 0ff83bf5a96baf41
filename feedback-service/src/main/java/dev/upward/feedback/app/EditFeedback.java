package dev.upward.feedback.app;

import dev.upward.feedback.domain.EditWindow;
import dev.upward.feedback.domain.SessionFeedback;
import dev.upward.feedback.persistence.SessionFeedbackRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** An author changes their feedback while its edit window is open. */
@ApplicationScoped
public class EditFeedback {

    private final SessionFeedbackRepository feedback;
    private final FeedbackEvents events;
    private final EditWindow editWindow;
    private final Clock clock;

    public EditFeedback(SessionFeedbackRepository feedback, FeedbackEvents events, EditWindow editWindow, Clock clock) {
        this.feedback = feedback;
        this.events = events;
        this.editWindow = editWindow;
        this.clock = clock;
    }

    /** Null when the feedback is unknown or someone else's; other services hear of an edit only if the rating changed. */
    @WithTransaction
    public Uni<SessionFeedback> edit(String employeeId, UUID id, SessionFeedback.Answer answer) {
        Instant now = clock.instant();
        return feedback.findById(id).map(found -> Answered.ownedBy(found, employeeId)).flatMap(found -> {
            if (found == null) {
                return Uni.createFrom().nullItem();
            }
            boolean ratingChanged = found.edit(answer, editWindow, now);
            Uni<Void> published = ratingChanged ? events.rated(found, now) : Uni.createFrom().voidItem();
            return published.replaceWith(found);
        });
    }
}
