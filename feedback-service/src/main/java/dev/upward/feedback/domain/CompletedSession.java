package dev.upward.feedback.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A session that took place. Together with its mentorship's members it is what a feedback
 * request is: each member of the mentorship is asked to rate it until they have.
 */
@Entity
@Table(name = "completed_session")
public class CompletedSession {

    @Id
    private UUID sessionId;
    private UUID mentorshipId;
    private UUID programId;
    private Instant completedAt;

    protected CompletedSession() {
        // for Hibernate
    }

    public CompletedSession(UUID sessionId, UUID mentorshipId, UUID programId, Instant completedAt) {
        this.sessionId = sessionId;
        this.mentorshipId = mentorshipId;
        this.programId = programId;
        this.completedAt = completedAt;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public UUID mentorshipId() {
        return mentorshipId;
    }

    public UUID programId() {
        return programId;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
