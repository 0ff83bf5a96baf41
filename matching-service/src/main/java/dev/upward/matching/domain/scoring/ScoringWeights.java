package dev.upward.matching.domain.scoring;

import java.util.EnumMap;
import java.util.Map;

/**
 * Relative weights of the factors. Only their proportions matter: they are scaled so that a
 * pair perfect on every factor scores exactly 100.
 */
public record ScoringWeights(Map<Factor, Integer> weights) {

    public static final ScoringWeights DEFAULT = new ScoringWeights(Map.of(
            Factor.SKILLS, 35, Factor.FOCUS_TOPICS, 15, Factor.AVAILABILITY, 20, Factor.FORMAT, 5,
            Factor.TIME_ZONE, 10, Factor.WORKING_STYLE, 10, Factor.CROSS_DEPARTMENT, 5));

    public ScoringWeights {
        EnumMap<Factor, Integer> copy = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            int weight = weights.getOrDefault(factor, 0);
            if (weight < 0 || weight > 1000) {
                throw new IllegalArgumentException("weight of " + factor + " must be between 0 and 1000");
            }
            copy.put(factor, weight);
        }
        if (copy.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        weights = Map.copyOf(copy);
    }

    /** Each factor's maximum contribution in millionths; they add up to exactly 100 points. */
    EnumMap<Factor, Integer> maximaMicros() {
        long total = weights.values().stream().mapToInt(Integer::intValue).sum();
        EnumMap<Factor, Integer> maxima = new EnumMap<>(Factor.class);
        long assigned = 0;
        Factor heaviest = Factor.SKILLS;
        for (Factor factor : Factor.values()) {
            int share = (int) (weights.get(factor) * 100_000_000L / total);
            maxima.put(factor, share);
            assigned += share;
            if (weights.get(factor) > weights.get(heaviest)) {
                heaviest = factor;
            }
        }
        maxima.merge(heaviest, (int) (100_000_000L - assigned), Integer::sum);
        return maxima;
    }
}
