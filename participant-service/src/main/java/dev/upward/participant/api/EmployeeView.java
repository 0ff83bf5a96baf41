package dev.upward.participant.api;

import dev.upward.participant.domain.Employee;

/** An employee directory entry as HR and the HRIS connector see it. */
public record EmployeeView(String employeeId, String email, String givenName, String familyName,
                           String department, String jobTitle, Integer jobLevel, String managerId,
                           String status, long hrisVersion) {

    static EmployeeView of(Employee e) {
        return new EmployeeView(e.employeeId(), e.email(), e.givenName(), e.familyName(), e.department(),
                e.jobTitle(), e.jobLevel(), e.managerId(), e.status(), e.hrisVersion());
    }
}
