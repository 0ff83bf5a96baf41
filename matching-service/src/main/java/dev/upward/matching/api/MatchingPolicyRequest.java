package dev.upward.matching.api;

import dev.upward.matching.domain.MatchingObjective;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** An admin's settings for a programme's matching. */
public record MatchingPolicyRequest(
        @NotNull @Min(0) @Max(20) Integer minJobLevelGap,
        @NotNull Boolean requireDifferentDepartment,
        @NotNull @Min(1) @Max(10) Integer mentorCapacity,
        @NotNull @Min(1) @Max(60) Integer proposalDeadlineDays,
        @NotNull MatchingObjective objective) {
}
