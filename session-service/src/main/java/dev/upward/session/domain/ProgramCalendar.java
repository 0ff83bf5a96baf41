package dev.upward.session.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A programme's dates as published by participant-service; sessions must fall inside them. */
@Entity
@Table(name = "program_calendar")
public class ProgramCalendar {

    @Id
    @Column(name = "program_id")
    private UUID programId;
    private String name;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected ProgramCalendar() {
        // for Hibernate
    }

    public ProgramCalendar(UUID programId, String name, LocalDate startsOn, LocalDate endsOn) {
        this.programId = programId;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** Whether a session on {@code day} lies within the programme; open-ended sides allow anything. */
    public boolean contains(LocalDate day) {
        return (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
    }

    public UUID programId() {
        return programId;
    }

    public String name() {
        return name;
    }

    public LocalDate endsOn() {
        return endsOn;
    }
}
