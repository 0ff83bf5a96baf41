package dev.upward.matching.domain;

import dev.upward.matching.domain.scoring.Candidate;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A participant as matching knows it from participant events. */
@Entity
@Table(name = "participant")
public class ParticipantRef {

    @Id
    private UUID participantId;
    private UUID programId;
    private String employeeId;
    private String role;
    private String status;
    private Candidate candidate;
    private boolean priority;
    private Instant updatedAt;

    protected ParticipantRef() {
        // for Hibernate
    }

    public static ParticipantRef enrolled(UUID programId, String role, Candidate candidate, Instant now) {
        ParticipantRef p = new ParticipantRef();
        p.participantId = candidate.participantId();
        p.programId = programId;
        p.employeeId = candidate.employeeId();
        p.role = role;
        p.status = "ACTIVE";
        p.candidate = candidate;
        p.updatedAt = now;
        return p;
    }

    public void replace(Candidate updated, Instant now) {
        candidate = updated;
        updatedAt = now;
    }

    public void leave(String newStatus, Instant now) {
        status = newStatus;
        updatedAt = now;
    }

    /** Back in the pool through no choice of their own: matched first in the next run. */
    public void waitWithPriority(Instant now) {
        priority = true;
        updatedAt = now;
    }

    /** A new proposal was made for them. */
    public void proposed(Instant now) {
        priority = false;
        updatedAt = now;
    }

    public boolean hasPriority() {
        return priority;
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public UUID participantId() {
        return participantId;
    }

    public UUID programId() {
        return programId;
    }

    public String employeeId() {
        return employeeId;
    }

    public String role() {
        return role;
    }

    public String status() {
        return status;
    }

    public Candidate candidate() {
        return candidate;
    }
}
