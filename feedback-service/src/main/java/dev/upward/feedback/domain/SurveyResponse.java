package dev.upward.feedback.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One participant's answers to one survey; given once and not changed. Scores and texts are
 * stored as JSON text (see the converters in persistence).
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends MemberAnswer {

    private UUID surveyId;
    private Map<String, Integer> scores;
    private Map<String, String> texts;

    protected SurveyResponse() {
        // for Hibernate
    }

    private SurveyResponse(Survey survey, ParticipantRef participant, Instant now) {
        super(survey.programId(), participant.participantId(), participant.employeeId(), participant.role(), now);
        this.surveyId = survey.id();
    }

    public static SurveyResponse give(Survey survey, ParticipantRef participant, SurveyAnswers answers, Instant now) {
        SurveyResponse response = new SurveyResponse(survey, participant, now);
        response.scores = Map.copyOf(answers.scores());
        response.texts = Map.copyOf(answers.texts());
        return response;
    }

    @Override
    public void anonymise(UUID pseudonym) {
        super.anonymise(pseudonym);
        texts = Map.of();
    }

    public UUID surveyId() {
        return surveyId;
    }

    public Map<String, Integer> scores() {
        return scores;
    }

    public Map<String, String> texts() {
        return texts == null ? Map.of() : texts;
    }
}
