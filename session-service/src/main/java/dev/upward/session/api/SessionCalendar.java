package dev.upward.session.api;

import dev.upward.session.domain.Session;
import dev.upward.session.domain.SessionStatus;
import dev.upward.session.domain.calendar.CalendarEntry;
import dev.upward.session.domain.calendar.ICalendarWriter;

import java.time.Instant;
import java.util.List;

/** Sessions as iCalendar events: the stable session id is the UID, so updates replace the old copy. */
final class SessionCalendar {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private SessionCalendar() {
    }

    static String of(String name, List<Session> sessions, Instant now) {
        return ICalendarWriter.calendar(name, sessions.stream().map(SessionCalendar::entry).toList(), now);
    }

    private static CalendarEntry entry(Session s) {
        boolean cancelled = s.status() == SessionStatus.CANCELLED;
        String description = s.agenda().isEmpty() ? "Reverse mentoring session"
                : "Agenda:\n- " + String.join("\n- ", s.agenda());
        return new CalendarEntry(s.id() + "@upward.dev", s.startsAt(), s.endsAt(),
                "Reverse mentoring (" + s.format().replace('_', ' ').toLowerCase() + ")", description, s.location(),
                cancelled, s.rescheduleCount() + (cancelled ? 1 : 0), s.updatedAt());
    }
}
