package dev.upward.feedback.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.upward.feedback.app.FeedbackSummaries.ItemRelease;
import dev.upward.feedback.app.FeedbackSummaries.SurveyRelease;
import dev.upward.feedback.domain.Survey;
import dev.upward.feedback.domain.SurveyItem;
import dev.upward.feedback.domain.SurveyResponse;
import dev.upward.feedback.domain.disclosure.DisclosureRule;
import dev.upward.feedback.domain.disclosure.RatingFigures;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bodies of the survey endpoints. */
public final class SurveyViews {

    private SurveyViews() {
    }

    public record SurveyView(UUID id, UUID programId, Survey.Milestone milestone, String title, List<SurveyItem> items,
                             Instant createdAt) {

        static SurveyView of(Survey s) {
            return new SurveyView(s.id(), s.programId(), s.milestone(), s.title(), s.items(), s.createdAt());
        }
    }

    /** A survey of one of my programmes, and whether I have answered it. */
    public record MySurveyView(SurveyView survey, boolean answered) {
    }

    /** Answers by item key: a number 1-5 for a Likert item, text for a text item. */
    public record ResponseSubmission(@NotNull Map<String, Object> answers) {
    }

    public record ResponseView(UUID id, UUID surveyId, Map<String, Integer> scores, Map<String, String> texts,
                               Instant submittedAt) {

        static ResponseView of(SurveyResponse r) {
            return new ResponseView(r.id(), r.surveyId(), r.scores(), r.texts(), r.submittedAt());
        }
    }

    /** One item's aggregate: figures for a Likert item, the released answers for a text item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemSummary(String key, SurveyItem.Kind kind, String prompt,
                              FeedbackSummaryView.Section<RatingFigures> scores,
                              FeedbackSummaryView.Comments answers) {

        static ItemSummary of(ItemRelease released) {
            SurveyItem item = released.item();
            return new ItemSummary(item.key(), item.kind(), item.prompt(),
                    released.scores() == null ? null : FeedbackSummaryView.Section.of(released.scores(), RatingFigures::of),
                    released.texts() == null ? null : FeedbackSummaryView.Comments.of(released.texts()));
        }
    }

    public record SurveySummary(UUID surveyId, UUID programId, Survey.Milestone milestone, int minimumRespondents,
                                List<ItemSummary> items) {

        static SurveySummary of(SurveyRelease released) {
            Survey survey = released.survey();
            return new SurveySummary(survey.id(), survey.programId(), survey.milestone(),
                    DisclosureRule.MINIMUM_RESPONDENTS, released.items().stream().map(ItemSummary::of).toList());
        }
    }
}
