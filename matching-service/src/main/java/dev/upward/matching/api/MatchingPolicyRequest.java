package dev.upward.matching.api;

import dev.upward.matching.app.MatchingPolicies;
import dev.upward.matching.domain.MatchingObjective;
import dev.upward.matching.domain.RuleSwitches;
import dev.upward.matching.domain.scoring.Factor;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.Map;

/**
 * An admin's settings for a programme's matching. {@code weights} (relative, per factor; left
 * out factors weigh 0) and {@code ruleSwitches} are optional: when absent they stay as they are.
 */
public record MatchingPolicyRequest(
        @NotNull @Min(0) @Max(20) Integer minJobLevelGap,
        @NotNull Boolean requireDifferentDepartment,
        @NotNull @Min(1) @Max(10) Integer mentorCapacity,
        @NotNull @Min(1) @Max(60) Integer proposalDeadlineDays,
        @NotNull MatchingObjective objective,
        Map<@NotNull Factor, @NotNull @Min(0) @Max(1000) Integer> weights,
        RuleSwitches ruleSwitches) {

    /** Weights may be left out (kept as they are) but not all be zero. */
    @AssertTrue(message = "weights: at least one must be positive")
    public boolean isWeightsUsable() {
        return weights == null || weights.values().stream().anyMatch(w -> w != null && w > 0);
    }

    MatchingPolicies.Change toChange() {
        return new MatchingPolicies.Change(minJobLevelGap, requireDifferentDepartment, mentorCapacity, proposalDeadlineDays,
                objective, weights, ruleSwitches);
    }
}
