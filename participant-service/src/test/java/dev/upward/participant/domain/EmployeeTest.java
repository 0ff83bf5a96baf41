package dev.upward.participant.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmployeeTest {

    private static EmployeeChange change(String id, String department, long version) {
        return new EmployeeChange(id, id + "@example.com", "Ada", "Lovelace", department, "Engineer", 3, null,
                null, null, List.of("en"), null, null, version, false);
    }

    @Test
    void aBatchKeepsTheNewestChangePerEmployeeWhateverTheArrivalOrder() {
        List<EmployeeChange> newest = EmployeeChange.newestPerEmployee(List.of(
                change("E1", "Data", 5), change("E2", "Sales", 1), change("E1", "Old", 4),
                change("E1", "Platform", 6), change("E1", "Same", 6)));
        assertEquals(2, newest.size());
        assertEquals("Platform", newest.get(0).department());
        assertEquals("Sales", newest.get(1).department());
    }
}
