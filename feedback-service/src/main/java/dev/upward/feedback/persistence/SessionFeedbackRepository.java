package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.SessionFeedback;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class SessionFeedbackRepository extends MemberAnswerRepository<SessionFeedback> {

    public Uni<SessionFeedback> byMemberAndSession(UUID participantId, UUID sessionId) {
        return find("participantId = ?1 and sessionId = ?2", participantId, sessionId).firstResult();
    }
}
