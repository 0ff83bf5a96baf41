package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.SessionFeedback;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SessionFeedbackRepository implements PanacheRepositoryBase<SessionFeedback, UUID> {

    public Uni<SessionFeedback> byAuthorAndSession(String authorSubject, UUID sessionId) {
        return find("authorSubject = ?1 and sessionId = ?2", authorSubject, sessionId).firstResult();
    }

    public Uni<List<SessionFeedback>> byAuthor(String authorSubject) {
        return list("authorSubject", Sort.descending("submittedAt"), authorSubject);
    }
}
