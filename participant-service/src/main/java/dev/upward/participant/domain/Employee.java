package dev.upward.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One person as the HRIS knows them, kept current from HRIS events. */
@Entity
@Table(name = "employee")
public class Employee {

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
    private String status;
    @Column(name = "hris_version")
    private long hrisVersion;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Employee() {
        // for Hibernate
    }

    public static Employee from(EmployeeChange change, Instant now) {
        Employee employee = new Employee();
        employee.employeeId = change.employeeId();
        employee.hrisVersion = Long.MIN_VALUE;
        employee.apply(change, now);
        return employee;
    }

    /**
     * Applies a change unless it is older than (or as old as) what is already known, so that
     * replayed and out-of-order events leave the newest state in place.
     *
     * @return whether the change was applied
     */
    public boolean apply(EmployeeChange change, Instant now) {
        if (!employeeId.equals(change.employeeId())) {
            throw new IllegalArgumentException("change for " + change.employeeId() + " applied to " + employeeId);
        }
        if (change.hrisVersion() <= hrisVersion) {
            return false;
        }
        email = change.email();
        givenName = change.givenName();
        familyName = change.familyName();
        department = change.department();
        jobTitle = change.jobTitle();
        jobLevel = change.jobLevel();
        managerId = change.managerId();
        status = change.terminated() ? "TERMINATED" : "ACTIVE";
        hrisVersion = change.hrisVersion();
        updatedAt = now;
        return true;
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

    public String status() {
        return status;
    }

    public long hrisVersion() {
        return hrisVersion;
    }
}
