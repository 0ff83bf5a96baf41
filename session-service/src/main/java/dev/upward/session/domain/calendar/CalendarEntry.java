package dev.upward.session.domain.calendar;

import java.time.Instant;

/**
 * One VEVENT. {@code sequence} grows with every reschedule so calendar apps replace the
 * earlier copy instead of showing two; {@code cancelled} keeps the event with STATUS:CANCELLED,
 * which is how a subscribed calendar learns that a meeting is off.
 */
public record CalendarEntry(String uid, Instant start, Instant end, String summary, String description, String location,
                            boolean cancelled, int sequence, Instant lastModified) {
}
