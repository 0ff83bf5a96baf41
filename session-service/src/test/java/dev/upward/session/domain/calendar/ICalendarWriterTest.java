package dev.upward.session.domain.calendar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ICalendarWriterTest {

    private static final Instant NOW = Instant.parse("2027-01-05T08:00:00Z");

    @Test
    void eventsAreWrittenInUtcWithCrlfAndStableUids() {
        String ics = ICalendarWriter.calendar("Reverse mentoring", List.of(new CalendarEntry("s1@upward.dev",
                Instant.parse("2027-03-28T08:00:00Z"), Instant.parse("2027-03-28T09:00:00Z"), "Reverse mentoring (video)",
                "Agenda:\n- AI, and more; really", "Room 4", false, 2, NOW)), NOW);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertTrue(ics.contains("\r\nUID:s1@upward.dev\r\n"));
        assertTrue(ics.contains("\r\nDTSTART:20270328T080000Z\r\nDTEND:20270328T090000Z\r\n"));
        assertTrue(ics.contains("\r\nSEQUENCE:2\r\n"));
        assertTrue(ics.contains("DESCRIPTION:Agenda:\\n- AI\\, and more\\; really\r\n"), ics);
        assertTrue(ics.contains("STATUS:CONFIRMED"));
        assertEquals(-1, ics.replace("\r\n", "").indexOf('\n'), "no bare line feeds");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() {
        String longText = "Überblick über KI-Werkzeuge für Führungskräfte – ".repeat(6);
        StringBuilder out = new StringBuilder();
        ICalendarWriter.line(out, "SUMMARY:" + longText);
        String[] physical = out.toString().split("\r\n");
        assertTrue(physical.length > 1);
        for (String line : physical) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = out.toString().replace("\r\n ", "");
        assertEquals("SUMMARY:" + longText + "\r\n", unfolded);
    }

    @Test
    void aCancelledSessionStaysInTheFeedAsCancelled() {
        String ics = ICalendarWriter.calendar("x", List.of(new CalendarEntry("s2@upward.dev", NOW, NOW.plusSeconds(1800),
                "s", null, null, true, 1, NOW)), NOW);
        assertTrue(ics.contains("STATUS:CANCELLED"));
    }
}
