package dev.upward.analytics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The running counters of one programme, as projected from events. */
@Entity
@Table(name = "program_kpi")
public class ProgramKpi {

    @Id
    @Column(name = "program_id")
    private UUID programId;
    private String name;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "mentors_enrolled")
    private int mentorsEnrolled;
    @Column(name = "mentees_enrolled")
    private int menteesEnrolled;
    @Column(name = "matches_accepted")
    private int matchesAccepted;
    @Column(name = "sessions_completed")
    private int sessionsCompleted;
    @Column(name = "feedback_submitted")
    private int feedbackSubmitted;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ProgramKpi() {
        // for Hibernate
    }

    public static ProgramKpi started(UUID programId, String name, LocalDate startsOn, LocalDate endsOn, Instant now) {
        ProgramKpi kpi = new ProgramKpi();
        kpi.programId = programId;
        kpi.name = name;
        kpi.startsOn = startsOn;
        kpi.endsOn = endsOn;
        kpi.updatedAt = now;
        return kpi;
    }

    /** Matched share of enrolled people, or null when nobody is enrolled (no rate exists). */
    public Double matchRate() {
        int enrolled = mentorsEnrolled + menteesEnrolled;
        return enrolled == 0 ? null : (2.0 * matchesAccepted) / enrolled;
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

    public int mentorsEnrolled() {
        return mentorsEnrolled;
    }

    public int menteesEnrolled() {
        return menteesEnrolled;
    }

    public int matchesAccepted() {
        return matchesAccepted;
    }

    public int sessionsCompleted() {
        return sessionsCompleted;
    }

    public int feedbackSubmitted() {
        return feedbackSubmitted;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
