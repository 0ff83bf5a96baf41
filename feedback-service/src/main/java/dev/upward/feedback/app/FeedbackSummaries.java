package dev.upward.feedback.app;

import dev.upward.feedback.domain.EditWindow;
import dev.upward.feedback.domain.SessionFeedback;
import dev.upward.feedback.domain.Survey;
import dev.upward.feedback.domain.SurveyItem;
import dev.upward.feedback.domain.SurveyResponse;
import dev.upward.feedback.domain.disclosure.DisclosureRule;
import dev.upward.feedback.domain.disclosure.Release;
import dev.upward.feedback.persistence.FitCheckRepository;
import dev.upward.feedback.persistence.ProgramRefRepository;
import dev.upward.feedback.persistence.SessionFeedbackRepository;
import dev.upward.feedback.persistence.SurveyRepository;
import dev.upward.feedback.persistence.SurveyResponseRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The confidential aggregates for the people who run and evaluate a programme: only final
 * answers, only as far as the {@link DisclosureRule} releases them, and no free text that is
 * not meant for the programme team.
 */
@ApplicationScoped
public class FeedbackSummaries {

    private final ProgramRefRepository programs;
    private final SessionFeedbackRepository feedback;
    private final FitCheckRepository fitChecks;
    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final EditWindow editWindow;
    private final Clock clock;
    private final DisclosureRule rule = new DisclosureRule();

    public FeedbackSummaries(ProgramRefRepository programs, SessionFeedbackRepository feedback,
                             FitCheckRepository fitChecks, SurveyRepository surveys, SurveyResponseRepository responses,
                             EditWindow editWindow, Clock clock) {
        this.programs = programs;
        this.feedback = feedback;
        this.fitChecks = fitChecks;
        this.surveys = surveys;
        this.responses = responses;
        this.editWindow = editWindow;
        this.clock = clock;
    }

    /** What a programme's session feedback and fit checks release. */
    public record ProgramRelease(UUID programId, Release<Integer> ratings, Release<Boolean> fitChecks,
                                 Release<String> comments) {
    }

    /** What a survey releases, item by item; a Likert item has scores, a text item texts. */
    public record SurveyRelease(Survey survey, List<ItemRelease> items) {
    }

    public record ItemRelease(SurveyItem item, Release<Integer> scores, Release<String> texts) {
    }

    /** Null when the programme is unknown. */
    @WithSession
    public Uni<ProgramRelease> ofProgram(UUID programId) {
        Instant now = clock.instant();
        return programs.findById(programId).flatMap(programme -> programme == null ? Uni.createFrom().nullItem()
                : feedback.ofProgram(programId).flatMap(rated -> fitChecks.ofProgram(programId).map(checked -> {
                    // an answer counts only once its author can no longer change it
                    Release<SessionFeedback> released = rule.release(rated.stream()
                            .filter(f -> !editWindow.isOpen(f.submittedAt(), now))
                            .map(f -> f.settled(editWindow.closesAt(f.submittedAt()), f))
                            .toList());
                    return new ProgramRelease(programId, released.map(SessionFeedback::rating),
                            rule.release(checked.stream().map(c -> c.settled(c.submittedAt(), c.working())).toList()),
                            released.map(SessionFeedback::commentForProgramTeam));
                })));
    }

    /** Null when the survey is unknown. */
    @WithSession
    public Uni<SurveyRelease> ofSurvey(UUID surveyId) {
        return surveys.findById(surveyId).flatMap(survey -> survey == null ? Uni.createFrom().nullItem()
                : responses.ofSurvey(surveyId).map(given -> new SurveyRelease(survey,
                        survey.items().stream().map(item -> release(item, given)).toList())));
    }

    /** Each item is released on its own: people may skip items, so each has its own respondents. */
    private ItemRelease release(SurveyItem item, List<SurveyResponse> given) {
        if (item.kind() == SurveyItem.Kind.LIKERT) {
            return new ItemRelease(item, answersTo(item, given, SurveyResponse::scores), null);
        }
        return new ItemRelease(item, null, answersTo(item, given, SurveyResponse::texts));
    }

    private <V> Release<V> answersTo(SurveyItem item, List<SurveyResponse> given,
                                     Function<SurveyResponse, Map<String, V>> answers) {
        return rule.release(given.stream().filter(r -> answers.apply(r).containsKey(item.key()))
                .map(r -> r.settled(r.submittedAt(), answers.apply(r).get(item.key())))
                .toList());
    }
}
