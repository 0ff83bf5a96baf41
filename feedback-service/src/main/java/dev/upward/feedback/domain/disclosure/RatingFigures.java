package dev.upward.feedback.domain.disclosure;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Count, mean and distribution of 1-5 ratings over released answers. */
public record RatingFigures(long respondents, int responses, double mean, Map<Integer, Integer> distribution) {

    public static RatingFigures of(List<SettledAnswer<Integer>> answers) {
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("figures are computed over released answers only");
        }
        Map<Integer, Integer> distribution = new TreeMap<>();
        for (int rating = 1; rating <= 5; rating++) {
            distribution.put(rating, 0);
        }
        long sum = 0;
        for (SettledAnswer<Integer> a : answers) {
            distribution.merge(a.value(), 1, Integer::sum);
            sum += a.value();
        }
        double mean = Math.round(100.0 * sum / answers.size()) / 100.0;
        return new RatingFigures(answers.stream().map(SettledAnswer::respondent).distinct().count(), answers.size(),
                mean, distribution);
    }
}
