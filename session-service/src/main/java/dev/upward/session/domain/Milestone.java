package dev.upward.session.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A step towards a goal; reaching it is announced once (MilestoneReached). */
@Entity
@Table(name = "milestone")
public class Milestone {

    @Id
    private UUID id;
    private UUID goalId;
    private String title;
    private LocalDate dueOn;
    private Instant reachedAt;

    protected Milestone() {
        // for Hibernate
    }

    public Milestone(UUID goalId, String title, LocalDate dueOn) {
        this.id = UUID.randomUUID();
        this.goalId = goalId;
        this.title = title;
        this.dueOn = dueOn;
    }

    /** Answers true the first time only, so a repeated request publishes nothing new. */
    public boolean reach(Instant now) {
        if (reachedAt != null) {
            return false;
        }
        reachedAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID goalId() {
        return goalId;
    }

    public String title() {
        return title;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant reachedAt() {
        return reachedAt;
    }
}
