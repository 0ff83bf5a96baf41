package dev.upward.matching.domain;

import dev.upward.matching.domain.scoring.Factor;
import dev.upward.matching.domain.scoring.PairEvaluation;

import java.util.List;
import java.util.Map;

/**
 * Why a pair was proposed: each factor's contribution in points (they add up to the score),
 * the strongest factors, and the rules that only just passed.
 */
public record MatchExplanation(Map<Factor, Double> contributions, List<Factor> topFactors, List<String> nearMisses) {

    public static MatchExplanation of(PairEvaluation evaluation) {
        Map<Factor, Double> points = new java.util.EnumMap<>(Factor.class);
        evaluation.contributionsMicros().forEach((factor, micros) -> points.put(factor, micros / 1_000_000.0));
        return new MatchExplanation(points, evaluation.topFactors(3), evaluation.nearMisses());
    }
}
