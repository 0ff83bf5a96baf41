package dev.upward.session.domain;

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
    private UUID programId;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    /** Focus topic slugs, one per line. */
    private String focusTopics = "";

    protected ProgramCalendar() {
        // for Hibernate
    }

    public ProgramCalendar(UUID programId, String name, LocalDate startsOn, LocalDate endsOn) {
        this.programId = programId;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** A launch or update of the programme: later sessions are checked against the new dates. */
    public void update(String newName, LocalDate newStart, LocalDate newEnd, java.util.List<String> topics) {
        if (newName != null) {
            name = newName;
        }
        startsOn = newStart;
        endsOn = newEnd;
        if (topics != null) {
            focusTopics = String.join("\n", topics);
        }
    }

    public java.util.List<String> focusTopics() {
        return focusTopics == null || focusTopics.isEmpty() ? java.util.List.of() : java.util.List.of(focusTopics.split("\n"));
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

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }
}
