package dev.upward.feedback.app;

import dev.upward.feedback.domain.ParticipantRef;
import dev.upward.feedback.domain.Survey;
import dev.upward.feedback.domain.SurveyResponse;
import dev.upward.feedback.persistence.ParticipantRefRepository;
import dev.upward.feedback.persistence.SurveyRepository;
import dev.upward.feedback.persistence.SurveyResponseRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Surveys as the programme team and the participants see them; a response is read back by its author only. */
@ApplicationScoped
public class SurveyQueries {

    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final ParticipantRefRepository participants;

    public SurveyQueries(SurveyRepository surveys, SurveyResponseRepository responses,
                         ParticipantRefRepository participants) {
        this.surveys = surveys;
        this.responses = responses;
        this.participants = participants;
    }

    /** A survey of one of the employee's programmes, and whether they have answered it. */
    public record MySurvey(Survey survey, boolean answered) {
    }

    @WithSession
    public Uni<List<Survey>> ofProgram(UUID programId) {
        return surveys.ofPrograms(List.of(programId));
    }

    /** Surveys of the programmes the employee takes part in. */
    @WithSession
    public Uni<List<MySurvey>> mine(String employeeId) {
        return participants.ofEmployee(employeeId).flatMap(mine -> surveys
                .ofPrograms(mine.stream().map(ParticipantRef::programId).distinct().toList())
                .flatMap(found -> responses.byAuthor(employeeId).map(given -> {
                    Set<UUID> answered = given.stream().map(SurveyResponse::surveyId).collect(Collectors.toSet());
                    return found.stream().map(s -> new MySurvey(s, answered.contains(s.id()))).toList();
                })));
    }

    /** Null when the employee has not answered the survey. */
    @WithSession
    public Uni<SurveyResponse> myResponse(String employeeId, UUID surveyId) {
        return responses.byAuthor(employeeId)
                .map(given -> given.stream().filter(r -> r.surveyId().equals(surveyId)).findFirst().orElse(null));
    }
}
