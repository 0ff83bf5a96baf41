package dev.upward.session.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A goal of a mentorship with the members' own estimate of progress, 0 to 100 percent. */
@Entity
@Table(name = "goal")
public class Goal {

    @Id
    private UUID id;
    private UUID mentorshipId;
    private String title;
    private int progress;
    private Instant createdAt;
    @Version
    private long version;

    protected Goal() {
        // for Hibernate
    }

    public Goal(UUID mentorshipId, String title, Instant now) {
        this.id = UUID.randomUUID();
        this.mentorshipId = mentorshipId;
        this.title = title;
        this.createdAt = now;
    }

    public void progress(int percent) {
        if (percent < 0 || percent > 100) {
            throw new SessionRuleException("progress", "progress is a percentage from 0 to 100, was " + percent);
        }
        progress = percent;
    }

    public UUID id() {
        return id;
    }

    public UUID mentorshipId() {
        return mentorshipId;
    }

    public String title() {
        return title;
    }

    public int progress() {
        return progress;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
