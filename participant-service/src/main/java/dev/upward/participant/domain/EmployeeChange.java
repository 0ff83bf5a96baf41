package dev.upward.participant.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one HRIS event says about an employee. {@code hrisVersion} orders the changes of one
 * employee: a change never replaces one with an equal or higher version.
 */
public record EmployeeChange(String employeeId, String email, String givenName, String familyName,
                             String department, String jobTitle, Integer jobLevel, String managerId,
                             String location, String timeZone, List<String> languages, LocalDate hireDate,
                             LocalDate terminationDate, long hrisVersion, boolean terminated) {

    public EmployeeChange {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public String status() {
        return terminated ? "TERMINATED" : "ACTIVE";
    }

    /**
     * Keeps only the newest change per employee, so one batch can be written with a single
     * upsert (PostgreSQL refuses to touch the same row twice in one statement).
     */
    public static List<EmployeeChange> newestPerEmployee(Collection<EmployeeChange> changes) {
        Map<String, EmployeeChange> newest = new LinkedHashMap<>();
        for (EmployeeChange change : changes) {
            newest.merge(change.employeeId(), change, (a, b) -> b.hrisVersion() > a.hrisVersion() ? b : a);
        }
        return List.copyOf(newest.values());
    }
}
