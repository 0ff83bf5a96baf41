package dev.upward.session.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SessionRulesTest {

    private static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");
    private static final LocalDate START = LocalDate.parse("2027-01-11");
    private static final LocalDate END = LocalDate.parse("2027-06-30");

    private static String broken(Instant start, int minutes, ZoneId zone, List<SessionRules.Busy> busy) {
        return assertThrows(SessionRuleException.class, () -> SessionRules.check(start, minutes, NOW, START, END, zone, busy)).rule();
    }

    @Test
    void lengthMustBeSane() {
        Instant start = Instant.parse("2027-02-10T10:00:00Z");
        assertEquals("duration", broken(start, 14, ZoneOffset.UTC, List.of()));
        assertEquals("duration", broken(start, 481, ZoneOffset.UTC, List.of()));
        assertDoesNotThrow(() -> SessionRules.check(start, 15, NOW, START, END, ZoneOffset.UTC, List.of()));
        assertDoesNotThrow(() -> SessionRules.check(start, 480, NOW, START, END, ZoneOffset.UTC, List.of()));
    }

    @Test
    void aSessionIsPlannedAhead() {
        assertEquals("in-the-future", broken(NOW, 60, ZoneOffset.UTC, List.of()));
        assertEquals("in-the-future", broken(NOW.minusSeconds(1), 60, ZoneOffset.UTC, List.of()));
    }

    @Test
    void programmeDatesAreDaysInTheSessionsZone() {
        // 30 June 23:30 in Berlin is still inside; in UTC it is 21:30, also inside
        Instant lastEvening = Instant.parse("2027-06-30T21:30:00Z");
        assertDoesNotThrow(() -> SessionRules.check(lastEvening, 30, NOW, START, END, ZoneId.of("Europe/Berlin"), List.of()));
        // the same start for someone in Auckland is already 1 July
        assertEquals("programme-dates", broken(lastEvening, 30, ZoneId.of("Pacific/Auckland"), List.of()));
        // a session running past midnight into 1 July breaks the end date
        assertEquals("programme-dates", broken(Instant.parse("2027-06-30T23:30:00Z"), 60, ZoneOffset.UTC, List.of()));
        // one ending exactly at midnight does not
        assertDoesNotThrow(() -> SessionRules.check(Instant.parse("2027-06-30T23:00:00Z"), 60, NOW, START, END, ZoneOffset.UTC, List.of()));
    }

    @Test
    void overlappingAnotherSessionOfAMemberIsRefusedButTouchingIsFine() {
        Instant start = Instant.parse("2027-02-10T10:00:00Z");
        SessionRules.Busy other = new SessionRules.Busy(UUID.randomUUID(), Instant.parse("2027-02-10T10:30:00Z"),
                Instant.parse("2027-02-10T11:30:00Z"));
        assertEquals("no-overlap", broken(start, 60, ZoneOffset.UTC, List.of(other)));
        assertEquals("no-overlap", broken(Instant.parse("2027-02-10T11:00:00Z"), 15, ZoneOffset.UTC, List.of(other)));
        assertDoesNotThrow(() -> SessionRules.check(start, 30, NOW, START, END, ZoneOffset.UTC, List.of(other)));
        assertDoesNotThrow(() -> SessionRules.check(Instant.parse("2027-02-10T11:30:00Z"), 30, NOW, START, END,
                ZoneOffset.UTC, List.of(other)));
    }
}
