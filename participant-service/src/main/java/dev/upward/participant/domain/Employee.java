package dev.upward.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import dev.upward.participant.persistence.JsonColumns;
import jakarta.persistence.Convert;

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
    @Column(name = "employee_id")
    private String employeeId;
    private String email;
    @Column(name = "given_name")
    private String givenName;
    @Column(name = "family_name")
    private String familyName;
    private String department;
    @Column(name = "job_title")
    private String jobTitle;
    @Column(name = "job_level")
    private Integer jobLevel;
    @Column(name = "manager_id")
    private String managerId;
    private String location;
    @Column(name = "time_zone")
    private String timeZone;
    @Convert(converter = JsonColumns.StringList.class)
    private List<String> languages;
    @Column(name = "hire_date")
    private LocalDate hireDate;
    @Column(name = "termination_date")
    private LocalDate terminationDate;
    private String status;
    @Column(name = "hris_version")
    private long hrisVersion;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "erased_at")
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
