package dev.upward.participant.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmployeeTest {

    private static EmployeeChange change(String department, long version, boolean terminated) {
        return new EmployeeChange("E1", "e1@example.test", "Ada", "Lovelace", department, "Engineer", 3, null,
                version, terminated);
    }

    @Test
    void newerChangesApplyAndOlderOrEqualOnesDoNot() {
        Employee employee = Employee.from(change("Data", 5, false), Instant.EPOCH);
        assertFalse(employee.apply(change("Old", 4, false), Instant.EPOCH));
        assertFalse(employee.apply(change("Same", 5, false), Instant.EPOCH));
        assertEquals("Data", employee.department());
        assertTrue(employee.apply(change("Platform", 6, false), Instant.EPOCH));
        assertEquals("Platform", employee.department());
    }

    @Test
    void terminationMarksTheEmployee() {
        Employee employee = Employee.from(change("Data", 1, false), Instant.EPOCH);
        employee.apply(change("Data", 2, true), Instant.EPOCH);
        assertEquals("TERMINATED", employee.status());
    }

    @Test
    void aChangeForSomeoneElseIsRejected() {
        Employee employee = Employee.from(change("Data", 1, false), Instant.EPOCH);
        EmployeeChange other = new EmployeeChange("E2", "x@example.test", "X", "Y", null, null, null, null, 9, false);
        assertThrows(IllegalArgumentException.class, () -> employee.apply(other, Instant.EPOCH));
    }
}
