package dev.upward.feedback.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response checked against its survey: Likert answers are whole numbers 1 to 5, text answers
 * are strings of at most 2000 characters, and every key names an item. Items may be skipped,
 * because a forced answer is a worse answer, but an empty response is no response.
 */
public record SurveyAnswers(Map<String, Integer> scores, Map<String, String> texts) {

    public static final int MAX_TEXT = 2000;

    public static SurveyAnswers check(List<SurveyItem> items, Map<String, Object> answers) {
        if (answers == null || answers.isEmpty()) {
            throw new IllegalArgumentException("a response answers at least one item");
        }
        Map<String, SurveyItem> byKey = new LinkedHashMap<>();
        items.forEach(i -> byKey.put(i.key(), i));
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        answers.forEach((key, value) -> {
            SurveyItem item = byKey.get(key);
            if (item == null) {
                throw new IllegalArgumentException("the survey has no item '" + key + "'");
            }
            if (item.kind() == SurveyItem.Kind.LIKERT) {
                if (!(value instanceof Integer score) || score < 1 || score > 5) {
                    throw new IllegalArgumentException("'" + key + "' is answered with a whole number from 1 to 5");
                }
                scores.put(key, score);
            } else {
                if (!(value instanceof String text) || text.length() > MAX_TEXT) {
                    throw new IllegalArgumentException("'" + key + "' is answered with text of at most " + MAX_TEXT
                            + " characters");
                }
                if (!text.isBlank()) {
                    texts.put(key, text);
                }
            }
        });
        return new SurveyAnswers(scores, texts);
    }
}
