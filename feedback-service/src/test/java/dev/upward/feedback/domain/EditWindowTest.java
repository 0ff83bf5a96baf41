package dev.upward.feedback.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditWindowTest {

    private static final Instant SUBMITTED = Instant.parse("2027-03-01T10:00:00Z");
    private final EditWindow week = new EditWindow(Duration.ofDays(7));

    @Test
    void openUpToAndIncludingTheLastInstant() {
        assertTrue(week.isOpen(SUBMITTED, SUBMITTED));
        assertTrue(week.isOpen(SUBMITTED, SUBMITTED.plus(Duration.ofDays(7))));
        assertFalse(week.isOpen(SUBMITTED, SUBMITTED.plus(Duration.ofDays(7)).plusMillis(1)));
        assertEquals(Instant.parse("2027-03-08T10:00:00Z"), week.closesAt(SUBMITTED));
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EditWindow(Duration.ofSeconds(-1)));
    }
}
