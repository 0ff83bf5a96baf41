package dev.upward.session.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The checks every new or moved session passes: a sane length, in the future, inside the
 * programme's dates (as days in the zone the session was planned in), and not overlapping
 * another scheduled session of either member.
 */
public final class SessionRules {

    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 480;

    /** A span of time [start, end) another session of a member already occupies. */
    public record Busy(java.util.UUID sessionId, Instant start, Instant end) {
    }

    private SessionRules() {
    }

    public static void check(Instant start, int durationMinutes, Instant now, LocalDate programStart, LocalDate programEnd,
                             ZoneId zone, List<Busy> busy) {
        if (durationMinutes < MIN_MINUTES || durationMinutes > MAX_MINUTES) {
            throw new SessionRuleException("duration", "durationMinutes must be between " + MIN_MINUTES + " and "
                    + MAX_MINUTES + ", was " + durationMinutes);
        }
        if (!start.isAfter(now)) {
            throw new SessionRuleException("in-the-future", "a session is scheduled ahead: " + start + " is not after now ("
                    + now + "); mark a past meeting as completed instead");
        }
        Instant end = start.plus(Duration.ofMinutes(durationMinutes));
        LocalDate firstDay = start.atZone(zone).toLocalDate();
        LocalDate lastDay = end.minusNanos(1).atZone(zone).toLocalDate();
        if (programStart != null && firstDay.isBefore(programStart)) {
            throw new SessionRuleException("programme-dates", "the programme starts on " + programStart
                    + "; the session would start on " + firstDay + " (" + zone + ")");
        }
        if (programEnd != null && lastDay.isAfter(programEnd)) {
            throw new SessionRuleException("programme-dates", "the programme ends on " + programEnd
                    + "; the session would end on " + lastDay + " (" + zone + ")");
        }
        for (Busy other : busy) {
            if (start.isBefore(other.end()) && other.start().isBefore(end)) {
                throw new SessionRuleException("no-overlap", "it overlaps session " + other.sessionId() + " ("
                        + other.start() + " to " + other.end() + ") of one of its members");
            }
        }
    }
}
