package dev.upward.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * An employee as the HRIS connector publishes them on {@code hris.employees.v1}: hired,
 * updated and terminated share this shape and differ in {@code eventType}. Key: the employee id.
 * {@code hrisVersion} orders a person's changes; older versions than the one stored are ignored.
 * Optional fields the HRIS left out stay out when the record is written again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HrisEmployeeEvent(String eventType, String employeeId, String email, String givenName, String familyName,
                                String department, String jobTitle, Integer jobLevel, String managerId, String location,
                                String timeZone, List<String> languages, LocalDate hireDate, LocalDate terminationDate,
                                long hrisVersion) {

    public static final String HIRED = "hris.employee.hired.v1";
    public static final String UPDATED = "hris.employee.updated.v1";
    public static final String TERMINATED = "hris.employee.terminated.v1";
}
