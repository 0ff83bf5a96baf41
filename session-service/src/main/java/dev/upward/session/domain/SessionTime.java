package dev.upward.session.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.time.ZoneOffset;

/**
 * Turns what a member typed into an instant. A start with an offset ({@code …+02:00} or
 * {@code …Z}) is taken as it is; a local start needs the IANA zone it is meant in. Daylight
 * saving is resolved by the zone's rules: a local time that does not exist (the hour skipped
 * in spring) is refused, and one that exists twice (the hour repeated in autumn) means the
 * first of the two, as calendar apps do.
 */
public final class SessionTime {

    private SessionTime() {
    }

    /** A start as a member planned it, and the zone it is meant in. */
    public record Planned(Instant start, ZoneId zone) {
    }

    /**
     * Reads {@code startsAt} in {@code timeZone} when one is given, else in {@code fallbackZone}
     * (the member's or the session's), where only a start with an offset is accepted.
     */
    public static Planned plan(String startsAt, String timeZone, String fallbackZone) {
        boolean zoneGiven = timeZone != null && !timeZone.isBlank();
        ZoneId zone = zone(zoneGiven ? timeZone : fallbackZone);
        return new Planned(resolve(startsAt, zone, zoneGiven), zone);
    }

    public static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new SessionRuleException("time-zone", "'" + timeZone + "' is not an IANA time zone such as Europe/Berlin");
        }
    }

    public static Instant resolve(String startsAt, ZoneId zone, boolean zoneGiven) {
        if (startsAt == null || startsAt.isBlank()) {
            throw new SessionRuleException("starts-at", "startsAt is required");
        }
        try {
            return OffsetDateTime.parse(startsAt).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(startsAt);
            } catch (DateTimeParseException e) {
                throw new SessionRuleException("starts-at", "startsAt '" + startsAt
                        + "' is neither an ISO date-time with offset (2027-03-01T10:00:00+01:00) nor a local one (2027-03-01T10:00)");
            }
            if (!zoneGiven) {
                throw new SessionRuleException("time-zone", "startsAt '" + startsAt
                        + "' has no offset: give timeZone (e.g. Europe/Berlin) or an offset");
            }
            List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
            if (offsets.isEmpty()) {
                throw new SessionRuleException("time-zone-gap", local + " does not exist in " + zone
                        + " (clocks skip that hour for daylight saving); pick another time");
            }
            return ZonedDateTime.ofLocal(local, zone, offsets.get(0)).toInstant();
        }
    }
}
