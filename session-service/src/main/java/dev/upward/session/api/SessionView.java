package dev.upward.session.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.upward.session.domain.ParticipantRef;
import dev.upward.session.domain.Session;
import dev.upward.session.domain.SessionTime;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A session as its members see it. {@code startsAt}/{@code endsAt} are instants (UTC);
 * {@code localStartsAt}/{@code localEndsAt} are the same moments in {@code shownIn}, the
 * viewer's zone, with the offset that applies on that day.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(UUID id, UUID mentorshipId, UUID programId, Instant startsAt, Instant endsAt, int durationMinutes,
                          String shownIn, OffsetDateTime localStartsAt, OffsetDateTime localEndsAt, String plannedIn,
                          String format, String location, List<String> agenda, List<String> topics, String status,
                          String scheduledBy, int rescheduleCount, String cancelledBy, String cancelReason,
                          String missedBy, Instant completedAt) {

    static SessionView of(Session s, ZoneId viewer) {
        ZoneId zone = viewer != null ? viewer : ZoneId.of(s.timeZone());
        return new SessionView(s.id(), s.mentorshipId(), s.programId(), s.startsAt(), s.endsAt(), s.durationMinutes(),
                zone.getId(), s.startsAt().atZone(zone).toOffsetDateTime(), s.endsAt().atZone(zone).toOffsetDateTime(),
                s.timeZone(), s.format(), s.location(), s.agenda(), s.topics(), s.status().name(), s.scheduledBy(),
                s.rescheduleCount(), s.cancelledBy(), s.cancelReason(), s.missedBy(), s.completedAt());
    }

    /** Shown in the zone it was planned in. */
    static SessionView inItsZone(Session s) {
        return of(s, null);
    }

    /** The zone asked for with {@code ?zone=}, else the viewer's own, else (null) the session's. */
    static ZoneId viewerZone(String requested, ParticipantRef me) {
        if (requested != null && !requested.isBlank()) {
            return SessionTime.zone(requested);
        }
        return me.timeZone() == null ? null : SessionTime.zone(me.timeZone());
    }
}
