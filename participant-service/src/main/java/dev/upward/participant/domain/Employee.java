package dev.upward.participant.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One person as the HRIS last reported them. Written only by the HRIS ingest (a versioned
 * upsert) and by erasure; read here for eligibility and the directory API.
 */
@Entity
@Table(name = "employee")
public class Employee {

    /** What an erased employee's name fields hold from then on. */
    public static final String ERASED = "[erased]";

    @Id
    private String employeeId;
    private String email;
    private String givenName;
    private String familyName;
    private String department;
    private String jobTitle;
    private Integer jobLevel;
    private String managerId;
    private String location;
    private String timeZone;
    // stored as JSON text by persistence.JsonColumns (applied by type)
    private List<String> languages;
    private LocalDate hireDate;
    private LocalDate terminationDate;
    private String status;
    private long hrisVersion;
    private Instant updatedAt;
    private Instant erasedAt;

    protected Employee() {
        // for Hibernate
    }

    public boolean isActive() {
        return "ACTIVE".equals(status) && erasedAt == null;
    }

    /**
     * Replaces everything that names, contacts or locates the person. The id stays, so that
     * later HRIS events for them are recognised and ignored instead of bringing the data back,
     * and so do the organisational facts aggregates are built on (department, grade, status,
     * time zone, termination date), which identify nobody on their own.
     */
    public void erase(Instant now) {
        email = employeeId + "@erased.invalid";
        givenName = ERASED;
        familyName = ERASED;
        jobTitle = null;
        managerId = null;
        location = null;
        languages = List.of();
        hireDate = null;
        erasedAt = now;
        updatedAt = now;
    }

    public Eligibility.Candidate asCandidate() {
        return new Eligibility.Candidate(jobLevel, hireDate, department);
    }

    public String employeeId() {
        return employeeId;
    }

    public String email() {
        return email;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String department() {
        return department;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public Integer jobLevel() {
        return jobLevel;
    }

    public String managerId() {
        return managerId;
    }

    public String location() {
        return location;
    }

    public String timeZone() {
        return timeZone;
    }

    public List<String> languages() {
        return languages == null ? List.of() : List.copyOf(languages);
    }

    public LocalDate hireDate() {
        return hireDate;
    }

    public LocalDate terminationDate() {
        return terminationDate;
    }

    public String status() {
        return status;
    }

    public long hrisVersion() {
        return hrisVersion;
    }

    public Instant erasedAt() {
        return erasedAt;
    }
}
