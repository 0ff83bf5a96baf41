package dev.upward.session.domain.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The feed as an independent parser (ical4j) reads it: what calendar apps would see. */
public class ICalendarParsingTest {

    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");

    public static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    public static String value(Component component, String property) {
        return component.<Property>getProperty(property).orElseThrow(() -> new AssertionError(property + " missing")).getValue();
    }

    @Test
    void everyEventIsReadBackWithItsTimesTextAndStatus() throws Exception {
        String longAgenda = "Agenda:\n- AI assistants, prompts; limits\n- " + "Führungskräfte und KI – ".repeat(8) + "Ende";
        String ics = ICalendarWriter.calendar("Reverse mentoring", List.of(
                new CalendarEntry("s1@upward.dev", Instant.parse("2027-03-28T08:00:00Z"), Instant.parse("2027-03-28T09:00:00Z"),
                        "Reverse mentoring (video)", longAgenda, "https://meet.example/a?b=c,d", false, 2, NOW),
                new CalendarEntry("s2@upward.dev", Instant.parse("2027-10-31T00:30:00Z"), Instant.parse("2027-10-31T01:00:00Z"),
                        "Reverse mentoring (in person)", null, "Room 4; floor 2", true, 1, NOW)), NOW);

        Calendar calendar = parse(ics);
        List<CalendarComponent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(2, events.size());
        CalendarComponent first = events.get(0);
        assertEquals("s1@upward.dev", value(first, Property.UID));
        assertEquals("20270328T080000Z", value(first, Property.DTSTART));
        assertEquals("20270328T090000Z", value(first, Property.DTEND));
        assertEquals(longAgenda, value(first, Property.DESCRIPTION), "folded, escaped text comes back unchanged");
        assertEquals("https://meet.example/a?b=c,d", value(first, Property.LOCATION));
        assertEquals("2", value(first, Property.SEQUENCE));
        assertEquals("CONFIRMED", value(first, Property.STATUS));
        CalendarComponent second = events.get(1);
        assertEquals("CANCELLED", value(second, Property.STATUS));
        assertEquals("Room 4; floor 2", value(second, Property.LOCATION));
        assertEquals("2.0", calendar.<Property>getProperty(Property.VERSION).orElseThrow().getValue());
    }
}
