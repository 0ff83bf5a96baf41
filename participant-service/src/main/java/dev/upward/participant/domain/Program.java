package dev.upward.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A reverse mentoring programme: one cohort with its dates and lifecycle. */
@Entity
@Table(name = "program")
public class Program {

    @Id
    private UUID id;
    private String name;
    private String description;
    @Enumerated(EnumType.STRING)
    private ProgramStatus status;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Program() {
        // for Hibernate
    }

    public static Program draft(String name, String description, LocalDate startsOn, LocalDate endsOn,
                                String createdBy, Instant now) {
        Objects.requireNonNull(name, "name");
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            throw new IllegalArgumentException("endsOn must be after startsOn");
        }
        Program program = new Program();
        program.id = UUID.randomUUID();
        program.name = name;
        program.description = description;
        program.status = ProgramStatus.DRAFT;
        program.startsOn = startsOn;
        program.endsOn = endsOn;
        program.createdBy = createdBy;
        program.createdAt = now;
        return program;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public ProgramStatus status() {
        return status;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
