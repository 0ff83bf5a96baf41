package dev.upward.session.api;

import dev.upward.commons.security.Roles;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.ParticipantRef;
import dev.upward.session.domain.Session;
import dev.upward.session.domain.SessionNote;
import dev.upward.session.domain.SessionTime;
import dev.upward.session.messaging.SessionEvents;
import dev.upward.session.persistence.SessionNoteRepository;
import dev.upward.session.persistence.SessionRepository;
import dev.upward.commons.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** One session, moved, held, missed or cancelled by a member of its mentorship; nobody else sees it. */
@Path("/sessions")
@Tag(name = "Sessions")
@RolesAllowed(Roles.PARTICIPANT)
public class SessionResource {

    private final SessionRepository sessions;
    private final SessionNoteRepository notes;
    private final SessionSlots slots;
    private final Membership membership;
    private final SessionEvents events;
    private final Clock clock;

    public SessionResource(SessionRepository sessions, SessionNoteRepository notes, SessionSlots slots, Membership membership, SessionEvents events, Clock clock) {
        this.sessions = sessions;
        this.notes = notes;
        this.slots = slots;
        this.membership = membership;
        this.events = events;
        this.clock = clock;
    }

    public record NoteView(String text, Instant updatedAt) {
    }

    @GET
    @Path("{sessionId}")
    @WithSession
    @Operation(summary = "One session of my mentorships; any other answers 404")
    public Uni<SessionView> get(@PathParam("sessionId") UUID sessionId, @QueryParam("zone") String zone) {
        return memberOf(sessionId, false).map(found -> SessionView.of(found.session(), viewerZone(zone, found.member().me())));
    }

    @PUT
    @Path("{sessionId}/time")
    @Operation(summary = "Move a scheduled session (SessionScheduled again, same id, new time)",
            description = "The same rules as scheduling apply; durationMinutes left out keeps the length.")
    public Uni<SessionView> reschedule(@PathParam("sessionId") UUID sessionId, @Valid @NotNull SessionRequests.Reschedule body) {
        return Panache.withTransaction(() -> memberOf(sessionId, true).flatMap(found -> {
            Session s = found.session();
            Mentorship m = found.member().mentorship();
            m.requireOpen();
            boolean zoneGiven = body.timeZone() != null && !body.timeZone().isBlank();
            ZoneId zone = SessionTime.zone(zoneGiven ? body.timeZone() : s.timeZone());
            Instant start = SessionTime.resolve(body.startsAt(), zone, zoneGiven);
            int duration = body.durationMinutes() == null ? s.durationMinutes() : body.durationMinutes();
            return slots.check(m, s.id(), start, duration, zone).flatMap(ok -> {
                s.reschedule(start, duration, zone.getId(), clock.instant());
                return events.scheduled(s);
            }).replaceWith(() -> SessionView.of(s, zone));
        }));
    }

    @PUT
    @Path("{sessionId}/agenda")
    @Operation(summary = "Replace the agenda and topics of a scheduled session")
    public Uni<SessionView> agenda(@PathParam("sessionId") UUID sessionId, @Valid @NotNull SessionRequests.Agenda body) {
        return Panache.withTransaction(() -> memberOf(sessionId, true).map(found -> {
            found.session().replaceAgenda(body.agenda(), body.topics(), clock.instant());
            return SessionView.of(found.session(), null);
        }));
    }

    @POST
    @Path("{sessionId}/cancellation")
    @Operation(summary = "Cancel a session that has not started (SessionCancelled; the reason stays here)")
    public Uni<SessionView> cancel(@PathParam("sessionId") UUID sessionId, @Valid SessionRequests.Cancellation body) {
        return Panache.withTransaction(() -> memberOf(sessionId, true).flatMap(found -> {
            Session s = found.session();
            s.cancel(found.member().side(), body == null ? null : body.reason(), clock.instant());
            return events.cancelled(s).replaceWith(() -> SessionView.of(s, null));
        }));
    }

    @POST
    @Path("{sessionId}/completion")
    @Operation(summary = "Mark a session that has started as held (SessionCompleted)")
    public Uni<SessionView> complete(@PathParam("sessionId") UUID sessionId) {
        return Panache.withTransaction(() -> memberOf(sessionId, true).flatMap(found -> {
            Session s = found.session();
            s.complete(clock.instant());
            found.member().mentorship().sessionHeld(s.startsAt());
            return events.completed(s).replaceWith(() -> SessionView.of(s, null));
        }));
    }

    @POST
    @Path("{sessionId}/no-show")
    @Operation(summary = "Mark a session that has started as missed, and by whom (SessionMissed)")
    public Uni<SessionView> missed(@PathParam("sessionId") UUID sessionId, @Valid @NotNull SessionRequests.NoShow body) {
        return Panache.withTransaction(() -> memberOf(sessionId, true).flatMap(found -> {
            Session s = found.session();
            s.markMissed(body.missedBy(), clock.instant());
            return events.missed(s).replaceWith(() -> SessionView.of(s, null));
        }));
    }

    @GET
    @Path("{sessionId}/note")
    @WithSession
    @Operation(summary = "My private note on a session; only I ever read it (404 when I wrote none)")
    public Uni<NoteView> note(@PathParam("sessionId") UUID sessionId) {
        return memberOf(sessionId, false).flatMap(found -> notes.findById(new SessionNote.Key(sessionId, found.member().employeeId())))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("note on session", sessionId))
                .map(n -> new NoteView(n.text(), n.updatedAt()));
    }

    @PUT
    @Path("{sessionId}/note")
    @Operation(summary = "Write or replace my private note on a session")
    public Uni<NoteView> writeNote(@PathParam("sessionId") UUID sessionId, @Valid @NotNull SessionRequests.Note body) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> memberOf(sessionId, false).flatMap(found -> {
            SessionNote.Key key = new SessionNote.Key(sessionId, found.member().employeeId());
            return notes.findById(key).flatMap(existing -> {
                if (existing != null) {
                    existing.rewrite(body.text(), now);
                    return Uni.createFrom().item(existing);
                }
                return notes.persist(new SessionNote(sessionId, found.member().employeeId(), body.text(), now));
            });
        }).map(n -> new NoteView(n.text(), n.updatedAt())));
    }

    @GET
    @Path("{sessionId}/calendar.ics")
    @WithSession
    @Produces(SessionCalendar.MEDIA_TYPE)
    @Operation(summary = "One session of mine as an .ics file to import into any calendar app")
    public Uni<Response> ics(@PathParam("sessionId") UUID sessionId) {
        return memberOf(sessionId, false).map(found -> Response.ok(SessionCalendar.of("Reverse mentoring",
                        List.of(found.session()), clock.instant()))
                .header("Content-Disposition", "attachment; filename=\"session-" + sessionId + ".ics\"").build());
    }

    record Found(Session session, Membership.Member member) {
    }

    /** The session and the caller's membership of its mentorship; 404 for anyone else. */
    private Uni<Found> memberOf(UUID sessionId, boolean forUpdate) {
        Uni<Session> session = forUpdate ? sessions.findById(sessionId, LockModeType.PESSIMISTIC_WRITE) : sessions.findById(sessionId);
        return session.flatMap(s -> {
            if (s == null) {
                return Uni.createFrom().failure(ProblemException.notFound("session", sessionId));
            }
            return membership.in(s.mentorshipId())
                    .onFailure(ProblemException.class).transform(e -> ProblemException.notFound("session", sessionId))
                    .map(member -> new Found(s, member));
        });
    }

    static ZoneId viewerZone(String requested, ParticipantRef me) {
        if (requested != null && !requested.isBlank()) {
            return SessionTime.zone(requested);
        }
        return me.timeZone() == null ? null : SessionTime.zone(me.timeZone());
    }
}
