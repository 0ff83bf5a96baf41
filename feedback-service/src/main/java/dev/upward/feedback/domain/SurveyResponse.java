package dev.upward.feedback.domain;

import dev.upward.feedback.persistence.JsonColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One participant's answers to one survey; given once and not changed. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    private UUID id;
    @Column(name = "survey_id")
    private UUID surveyId;
    @Column(name = "program_id")
    private UUID programId;
    @Column(name = "participant_id")
    private UUID participantId;
    @Column(name = "author_employee_id")
    private String authorEmployeeId;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Convert(converter = JsonColumns.Scores.class)
    private Map<String, Integer> scores;
    @Convert(converter = JsonColumns.Texts.class)
    private Map<String, String> texts;
    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected SurveyResponse() {
        // for Hibernate
    }

    public static SurveyResponse give(Survey survey, ParticipantRef participant, SurveyAnswers answers, Instant now) {
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.surveyId = survey.id();
        response.programId = survey.programId();
        response.participantId = participant.participantId();
        response.authorEmployeeId = participant.employeeId();
        response.role = participant.role();
        response.scores = Map.copyOf(answers.scores());
        response.texts = Map.copyOf(answers.texts());
        response.submittedAt = now;
        return response;
    }

    /** Keeps the scale answers under a pseudonym; free text and the link to the person go. */
    public void anonymise(UUID pseudonym) {
        participantId = pseudonym;
        authorEmployeeId = null;
        texts = Map.of();
    }

    public UUID id() {
        return id;
    }

    public UUID surveyId() {
        return surveyId;
    }

    public UUID programId() {
        return programId;
    }

    public UUID participantId() {
        return participantId;
    }

    public Role role() {
        return role;
    }

    public Map<String, Integer> scores() {
        return scores;
    }

    public Map<String, String> texts() {
        return texts == null ? Map.of() : texts;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
