package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.Assessment;
import dev.upward.feedback.domain.Phase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository extends MemberAnswerRepository<Assessment> {

    public Uni<Assessment> byParticipantAndPhase(UUID participantId, Phase phase) {
        return find("participantId = ?1 and phase = ?2", participantId, phase).firstResult();
    }
}
