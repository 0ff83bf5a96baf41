package dev.upward.matching.domain;

import dev.upward.matching.domain.scoring.Factor;
import dev.upward.matching.domain.scoring.HardRules;
import dev.upward.matching.domain.scoring.ScoringWeights;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** How one programme's participants are matched. */
@Entity
@Table(name = "matching_policy")
public class MatchingPolicy {

    /** Mentor at least two grades below the mentee: the upward direction of reverse mentoring. */
    public static final int DEFAULT_MIN_JOB_LEVEL_GAP = 2;
    public static final int DEFAULT_MENTOR_CAPACITY = 1;
    public static final int DEFAULT_PROPOSAL_DEADLINE_DAYS = 7;

    @Id
    private UUID programId;
    private int minJobLevelGap;
    private boolean requireDifferentDepartment;
    private int mentorCapacity;
    private int proposalDeadlineDays;
    @Enumerated(EnumType.STRING)
    private MatchingObjective objective;
    private Map<Factor, Integer> weights;
    private RuleSwitches ruleSwitches;
    private String updatedBy;
    private Instant updatedAt;

    protected MatchingPolicy() {
        // for Hibernate
    }

    /** The policy a programme gets without tuning. */
    public static MatchingPolicy defaultFor(UUID programId, Instant now) {
        MatchingPolicy policy = new MatchingPolicy();
        policy.programId = programId;
        policy.change(DEFAULT_MIN_JOB_LEVEL_GAP, true, DEFAULT_MENTOR_CAPACITY, DEFAULT_PROPOSAL_DEADLINE_DAYS,
                MatchingObjective.MOST_MATCHED, "system", now);
        policy.weights = ScoringWeights.DEFAULT.weights();
        policy.ruleSwitches = RuleSwitches.ALL_ON;
        return policy;
    }

    /** Replaces the scoring weights and rule switches; null keeps the current ones. */
    public void tune(Map<Factor, Integer> newWeights, RuleSwitches switches) {
        if (newWeights != null) {
            this.weights = new ScoringWeights(newWeights).weights();
        }
        if (switches != null) {
            this.ruleSwitches = switches.over(ruleSwitches);
        }
    }

    public ScoringWeights scoringWeights() {
        return new ScoringWeights(weights);
    }

    public RuleSwitches ruleSwitches() {
        return ruleSwitches;
    }

    public HardRules hardRules() {
        return new HardRules(minJobLevelGap, ruleSwitches.levelGap(), requireDifferentDepartment,
                ruleSwitches.noReportingLine(), ruleSwitches.commonLanguage(), ruleSwitches.respectAvoidLists(),
                ruleSwitches.notPreviouslyPaired());
    }

    public void change(int minJobLevelGap, boolean requireDifferentDepartment, int mentorCapacity,
                       int proposalDeadlineDays, MatchingObjective objective, String by, Instant now) {
        this.minJobLevelGap = minJobLevelGap;
        this.requireDifferentDepartment = requireDifferentDepartment;
        this.mentorCapacity = mentorCapacity;
        this.proposalDeadlineDays = proposalDeadlineDays;
        this.objective = objective;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public UUID programId() {
        return programId;
    }

    public int minJobLevelGap() {
        return minJobLevelGap;
    }

    public boolean requireDifferentDepartment() {
        return requireDifferentDepartment;
    }

    public int mentorCapacity() {
        return mentorCapacity;
    }

    public int proposalDeadlineDays() {
        return proposalDeadlineDays;
    }

    public MatchingObjective objective() {
        return objective;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
