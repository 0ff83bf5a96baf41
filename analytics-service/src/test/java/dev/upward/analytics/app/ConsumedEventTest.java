package dev.upward.analytics.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConsumedEventTest {

    private static ConsumedEvent event(String json) throws Exception {
        return new ConsumedEvent("id", "type", new ObjectMapper().readTree(json), null);
    }

    @Test
    void timestampsAreReadAsRfc3339AndKeptInUtc() throws Exception {
        ConsumedEvent e = event("""
                {"a": "2026-03-02T09:00:00Z", "b": "2026-03-02T10:30:15.250+01:30", "c": "2026-03-01T23:00:00-02:00", "d": null}""");
        assertEquals(OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC), e.time("a"));
        assertEquals(OffsetDateTime.of(2026, 3, 2, 9, 0, 15, 250_000_000, ZoneOffset.UTC), e.time("b"));
        assertEquals(OffsetDateTime.of(2026, 3, 2, 1, 0, 0, 0, ZoneOffset.UTC), e.time("c"));
        assertNull(e.time("d"));
        assertNull(e.time("missing"));
    }

    @Test
    void aLeapSecondIsReadAsTheSecondAfterIt() throws Exception {
        ConsumedEvent e = event("""
                {"leap": "2016-12-31T23:59:60Z"}""");
        assertEquals(OffsetDateTime.of(2017, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), e.time("leap"));
    }

    @Test
    void aTimestampThatIsNotRfc3339IsRefused() throws Exception {
        ConsumedEvent e = event("""
                {"noZone": "2026-03-02T09:00:00", "noSeconds": "2026-03-02T09:00Z", "words": "yesterday"}""");
        assertThrows(DateTimeException.class, () -> e.time("noZone"));
        assertThrows(DateTimeException.class, () -> e.time("noSeconds"));
        assertThrows(DateTimeException.class, () -> e.time("words"));
    }

    @Test
    void fullDatesAreReadAndImpossibleDatesRefused() {
        assertEquals(LocalDate.of(2024, 2, 29), ConsumedEvent.fullDate("2024-02-29"));
        assertEquals(LocalDate.of(1999, 12, 31), ConsumedEvent.fullDate("1999-12-31"));
        assertThrows(DateTimeException.class, () -> ConsumedEvent.fullDate("2026-02-29"));
        assertThrows(DateTimeException.class, () -> ConsumedEvent.fullDate("2026-13-01"));
        assertThrows(DateTimeException.class, () -> ConsumedEvent.fullDate("2026-1-011"));
        assertThrows(DateTimeException.class, () -> ConsumedEvent.fullDate("20x6-01-01"));
        assertThrows(DateTimeException.class, () -> ConsumedEvent.fullDate("2026/01/01"));
    }
}
