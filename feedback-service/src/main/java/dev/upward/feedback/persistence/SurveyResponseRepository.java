package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.SurveyResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SurveyResponseRepository extends MemberAnswerRepository<SurveyResponse> {

    public Uni<SurveyResponse> byParticipant(UUID surveyId, UUID participantId) {
        return find("surveyId = ?1 and participantId = ?2", surveyId, participantId).firstResult();
    }

    public Uni<List<SurveyResponse>> ofSurvey(UUID surveyId) {
        return list("surveyId", surveyId);
    }
}
