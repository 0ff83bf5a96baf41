package dev.upward.participant.domain;

/** What one HRIS event says about an employee; {@code hrisVersion} orders events per employee. */
public record EmployeeChange(String employeeId, String email, String givenName, String familyName,
                             String department, String jobTitle, Integer jobLevel, String managerId,
                             long hrisVersion, boolean terminated) {
}
