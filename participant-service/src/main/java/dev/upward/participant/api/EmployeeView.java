package dev.upward.participant.api;

import dev.upward.participant.domain.Employee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An employee directory entry as HR, the HRIS connector and the person themselves see it. */
public record EmployeeView(String employeeId, String email, String givenName, String familyName,
                           String department, String jobTitle, Integer jobLevel, String managerId, String location,
                           String timeZone, List<String> languages, LocalDate hireDate, LocalDate terminationDate,
                           String status, long hrisVersion, Instant erasedAt) {

    static EmployeeView of(Employee e) {
        return new EmployeeView(e.employeeId(), e.email(), e.givenName(), e.familyName(), e.department(),
                e.jobTitle(), e.jobLevel(), e.managerId(), e.location(), e.timeZone(), e.languages(), e.hireDate(),
                e.terminationDate(), e.status(), e.hrisVersion(), e.erasedAt());
    }
}
