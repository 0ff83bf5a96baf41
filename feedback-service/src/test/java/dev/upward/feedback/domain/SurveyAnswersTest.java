package dev.upward.feedback.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SurveyAnswersTest {

    private static final List<SurveyItem> ITEMS = List.of(
            new SurveyItem("useful", SurveyItem.Kind.LIKERT, "The programme is useful to me"),
            new SurveyItem("improve", SurveyItem.Kind.TEXT, "What should we change?"));

    @Test
    void answersAreSortedIntoScoresAndTextsAndItemsMayBeSkipped() {
        assertEquals(new SurveyAnswers(Map.of("useful", 4), Map.of("improve", "more sessions")),
                SurveyAnswers.check(ITEMS, Map.of("useful", 4, "improve", "more sessions")));
        assertEquals(new SurveyAnswers(Map.of("useful", 2), Map.of()), SurveyAnswers.check(ITEMS, Map.of("useful", 2)));
        assertEquals(new SurveyAnswers(Map.of("useful", 2), Map.of()),
                SurveyAnswers.check(ITEMS, Map.of("useful", 2, "improve", "  ")), "a blank text is no answer");
    }

    @Test
    void answersThatDoNotFitTheirItemAreRefused() {
        for (Map<String, Object> wrong : List.of(Map.<String, Object>of(), Map.<String, Object>of("useful", 6),
                Map.<String, Object>of("useful", 0), Map.<String, Object>of("useful", 3.5),
                Map.<String, Object>of("useful", "4"), Map.<String, Object>of("improve", 3),
                Map.<String, Object>of("unknown", 3), Map.<String, Object>of("improve", "x".repeat(2001)))) {
            assertThrows(IllegalArgumentException.class, () -> SurveyAnswers.check(ITEMS, wrong), wrong.toString());
        }
    }
}
