package dev.upward.participant.domain;

import dev.upward.commons.domain.RuleViolationException.Failure;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A reverse mentoring programme: one cohort with its settings and lifecycle. A draft can be
 * changed freely; launching fixes the plan and opens enrolment; closing ends it for good.
 */
@Entity
@Table(name = "program")
public class Program {

    @Id
    private UUID id;
    private String name;
    private String description;
    // stored as JSON text by persistence.JsonColumns (applied by type)
    private List<String> objectives;
    private List<String> focusTopics;
    @Enumerated(EnumType.STRING)
    private ProgramStatus status;
    private LocalDate startsOn;
    private LocalDate endsOn;
    @Enumerated(EnumType.STRING)
    private Cadence cadence;
    private Integer capacity;
    private LocalDate enrolmentOpensOn;
    private LocalDate enrolmentClosesOn;
    private Eligibility eligibility;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant launchedAt;
    private Instant closedAt;
    @Version
    private long version;

    protected Program() {
        // for Hibernate
    }

    public static Program draft(ProgramSettings settings, String createdBy, Instant now) {
        requireConsistent(settings);
        Program program = new Program();
        program.id = UUID.randomUUID();
        program.status = ProgramStatus.DRAFT;
        program.createdBy = createdBy;
        program.createdAt = now;
        program.apply(settings, now);
        return program;
    }

    /**
     * Replaces the settings. Closed programmes are frozen; once launched, the start date and
     * the eligibility rules stay as enrolled people saw them, while the end date, capacity,
     * enrolment window and descriptions may still change.
     */
    public void update(ProgramSettings settings, Instant now) {
        requireConsistent(settings);
        if (status == ProgramStatus.CLOSED) {
            throw new LifecycleException("programme " + id + " is closed and can no longer be changed");
        }
        if (status == ProgramStatus.LAUNCHED) {
            List<String> frozen = new ArrayList<>();
            if (!java.util.Objects.equals(settings.startsOn(), startsOn)) {
                frozen.add("startsOn");
            }
            if (!settings.eligibility().equals(eligibility)) {
                frozen.add("eligibility");
            }
            if (settings.endsOn() == null) {
                frozen.add("endsOn");
            }
            if (settings.focusTopics().isEmpty()) {
                frozen.add("focusTopics (a launched programme keeps at least one)");
            }
            if (!frozen.isEmpty()) {
                throw new LifecycleException("programme " + id + " is launched; " + String.join(", ", frozen)
                        + " can no longer be changed");
            }
        }
        apply(settings, now);
    }

    /** Launch needs a complete plan: dates and at least one focus topic. */
    public void launch(Instant now) {
        if (status != ProgramStatus.DRAFT) {
            throw new LifecycleException("programme " + id + " is " + status + "; only a draft can be launched");
        }
        List<String> missing = new ArrayList<>();
        if (startsOn == null) {
            missing.add("startsOn");
        }
        if (endsOn == null) {
            missing.add("endsOn");
        }
        if (focusTopics.isEmpty()) {
            missing.add("focusTopics");
        }
        if (!missing.isEmpty()) {
            throw new LifecycleException("programme " + id + " cannot be launched without " + String.join(", ", missing));
        }
        status = ProgramStatus.LAUNCHED;
        launchedAt = now;
        updatedAt = now;
    }

    public void close(Instant now) {
        if (status == ProgramStatus.CLOSED) {
            throw new LifecycleException("programme " + id + " is already closed");
        }
        status = ProgramStatus.CLOSED;
        closedAt = now;
        updatedAt = now;
    }

    /** Why nobody can enrol today, or empty when enrolment is open. */
    public Optional<String> enrolmentClosedReason(LocalDate today) {
        if (status == ProgramStatus.DRAFT) {
            return Optional.of("programme " + id + " has not been launched yet");
        }
        if (status == ProgramStatus.CLOSED) {
            return Optional.of("programme " + id + " is closed");
        }
        if (enrolmentOpensOn != null && today.isBefore(enrolmentOpensOn)) {
            return Optional.of("enrolment opens on " + enrolmentOpensOn);
        }
        LocalDate lastDay = enrolmentClosesOn != null ? enrolmentClosesOn : endsOn;
        if (lastDay != null && today.isAfter(lastDay)) {
            return Optional.of("enrolment closed on " + lastDay);
        }
        return Optional.empty();
    }

    private void apply(ProgramSettings settings, Instant now) {
        name = settings.name();
        description = settings.description();
        objectives = new ArrayList<>(settings.objectives());
        focusTopics = new ArrayList<>(settings.focusTopics());
        startsOn = settings.startsOn();
        endsOn = settings.endsOn();
        cadence = settings.cadence();
        capacity = settings.capacity();
        enrolmentOpensOn = settings.enrolmentOpensOn();
        enrolmentClosesOn = settings.enrolmentClosesOn();
        eligibility = settings.eligibility();
        updatedAt = now;
    }

    private static void requireConsistent(ProgramSettings settings) {
        List<Failure> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
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

    public List<String> objectives() {
        return List.copyOf(objectives);
    }

    public List<String> focusTopics() {
        return List.copyOf(focusTopics);
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

    public Cadence cadence() {
        return cadence;
    }

    public Integer capacity() {
        return capacity;
    }

    public LocalDate enrolmentOpensOn() {
        return enrolmentOpensOn;
    }

    public LocalDate enrolmentClosesOn() {
        return enrolmentClosesOn;
    }

    public Eligibility eligibility() {
        return eligibility;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant launchedAt() {
        return launchedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
