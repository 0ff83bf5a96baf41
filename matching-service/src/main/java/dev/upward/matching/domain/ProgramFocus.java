package dev.upward.matching.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A programme's status and focus topics, which scoring needs. */
@Entity
@Table(name = "program_focus")
public class ProgramFocus {

    @Id
    private UUID programId;
    private String status;
    private List<String> focusTopics;
    private Instant updatedAt;

    protected ProgramFocus() {
        // for Hibernate
    }

    public static ProgramFocus of(UUID programId, String status, List<String> focusTopics, Instant now) {
        ProgramFocus focus = new ProgramFocus();
        focus.programId = programId;
        focus.update(status, focusTopics, now);
        return focus;
    }

    public void update(String newStatus, List<String> topics, Instant now) {
        status = newStatus;
        focusTopics = topics == null ? List.of() : List.copyOf(topics);
        updatedAt = now;
    }

    public String status() {
        return status;
    }

    public List<String> focusTopics() {
        return focusTopics;
    }
}
