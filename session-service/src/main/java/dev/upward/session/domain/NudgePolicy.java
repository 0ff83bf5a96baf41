package dev.upward.session.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A programme's own nudge settings; programmes without one use the service defaults. */
@Entity
@Table(name = "nudge_policy")
public class NudgePolicy {

    @Id
    private UUID programId;
    private int firstSessionWithinDays;
    private int atRiskAfterWeeks;
    private int reminderHoursBefore;

    protected NudgePolicy() {
        // for Hibernate
    }

    public NudgePolicy(UUID programId, NudgePlanner.Policy policy) {
        this.programId = programId;
        change(policy);
    }

    public void change(NudgePlanner.Policy policy) {
        firstSessionWithinDays = policy.firstSessionWithinDays();
        atRiskAfterWeeks = policy.atRiskAfterWeeks();
        reminderHoursBefore = policy.reminderHoursBefore();
    }

    public UUID programId() {
        return programId;
    }

    public NudgePlanner.Policy policy() {
        return new NudgePlanner.Policy(firstSessionWithinDays, atRiskAfterWeeks, reminderHoursBefore);
    }
}
