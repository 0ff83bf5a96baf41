package dev.upward.feedback.app;

import dev.upward.feedback.domain.SurveyAnswers;
import dev.upward.feedback.domain.SurveyResponse;
import dev.upward.feedback.persistence.SurveyRepository;
import dev.upward.feedback.persistence.SurveyResponseRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A participant answers a survey of their programme, once. */
@ApplicationScoped
public class AnswerSurvey {

    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final Memberships memberships;
    private final FeedbackEvents events;
    private final Clock clock;

    public AnswerSurvey(SurveyRepository surveys, SurveyResponseRepository responses, Memberships memberships,
                        FeedbackEvents events, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.memberships = memberships;
        this.events = events;
        this.clock = clock;
    }

    /** Null for unknown surveys and for surveys of programmes the employee does not take part in. */
    @WithTransaction
    public Uni<Answered<SurveyResponse>> respond(String employeeId, UUID surveyId, Map<String, Object> answers) {
        Instant now = clock.instant();
        return surveys.findById(surveyId).flatMap(survey -> survey == null ? Uni.createFrom().nullItem()
                : memberships.inProgram(employeeId, survey.programId()).flatMap(participant -> participant == null
                        ? Uni.createFrom().nullItem()
                        : Answered.once(responses.byParticipant(surveyId, participant.participantId()), () -> {
                            SurveyAnswers checked = Answered.checked("survey-answer",
                                    () -> SurveyAnswers.check(survey.items(), answers));
                            return responses.persist(SurveyResponse.give(survey, participant, checked, now))
                                    .call(events::responded);
                        })));
    }
}
