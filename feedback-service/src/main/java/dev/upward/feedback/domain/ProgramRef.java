package dev.upward.feedback.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A programme known from participant-service's events. */
@Entity
@Table(name = "program_ref")
public class ProgramRef {

    @Id
    private UUID programId;
    private String name;

    protected ProgramRef() {
        // for Hibernate
    }

    public ProgramRef(UUID programId, String name) {
        this.programId = programId;
        this.name = name;
    }

    public UUID programId() {
        return programId;
    }

    public String name() {
        return name;
    }
}
