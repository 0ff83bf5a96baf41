package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.FitCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class FitCheckRepository extends MemberAnswerRepository<FitCheck> {

    public Uni<FitCheck> byMemberAndMentorship(UUID participantId, UUID mentorshipId) {
        return find("participantId = ?1 and mentorshipId = ?2", participantId, mentorshipId).firstResult();
    }
}
