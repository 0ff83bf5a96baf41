package dev.upward.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
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
    @Column(name = "program_id")
    private UUID programId;
    @Column(name = "min_job_level_gap")
    private int minJobLevelGap;
    @Column(name = "require_different_department")
    private boolean requireDifferentDepartment;
    @Column(name = "mentor_capacity")
    private int mentorCapacity;
    @Column(name = "proposal_deadline_days")
    private int proposalDeadlineDays;
    @Enumerated(EnumType.STRING)
    private MatchingObjective objective;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
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
        return policy;
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
