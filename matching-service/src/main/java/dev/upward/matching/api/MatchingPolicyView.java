package dev.upward.matching.api;

import dev.upward.matching.domain.MatchingObjective;
import dev.upward.matching.domain.MatchingPolicy;
import dev.upward.matching.domain.RuleSwitches;
import dev.upward.matching.domain.scoring.Factor;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

public record MatchingPolicyView(UUID programId, int minJobLevelGap, boolean requireDifferentDepartment,
                                 int mentorCapacity, int proposalDeadlineDays, MatchingObjective objective,
                                 Map<Factor, Integer> weights, RuleSwitches ruleSwitches, String updatedBy,
                                 Instant updatedAt) {

    static MatchingPolicyView of(MatchingPolicy p) {
        return new MatchingPolicyView(p.programId(), p.minJobLevelGap(), p.requireDifferentDepartment(),
                p.mentorCapacity(), p.proposalDeadlineDays(), p.objective(), p.scoringWeights().weights(),
                p.ruleSwitches(), p.updatedBy(), p.updatedAt());
    }
}
