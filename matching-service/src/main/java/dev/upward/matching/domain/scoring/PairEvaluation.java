package dev.upward.matching.domain.scoring;

import java.util.List;
import java.util.Map;

/**
 * The verdict on one (mentor, mentee) pair: forbidden with the rules it breaks, or a score
 * in millionths of a point whose per-factor contributions add up to it exactly, with the
 * rules that only just passed.
 */
public record PairEvaluation(boolean allowed, List<String> brokenRules, int scoreMicros,
                             Map<Factor, Integer> contributionsMicros, List<String> nearMisses) {

    static PairEvaluation forbidden(List<String> brokenRules) {
        return new PairEvaluation(false, List.copyOf(brokenRules), 0, Map.of(), List.of());
    }

    /** The factors that contributed most, best first. */
    public List<Factor> topFactors(int count) {
        return contributionsMicros.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Factor, Integer>comparingByValue().reversed())
                .limit(count).map(Map.Entry::getKey).toList();
    }

    public double score() {
        return scoreMicros / 1_000_000.0;
    }
}
