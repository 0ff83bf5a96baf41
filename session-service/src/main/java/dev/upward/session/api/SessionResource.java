package dev.upward.session.api;

import dev.upward.commons.security.Roles;
import dev.upward.session.app.ChangeSession;
import dev.upward.session.app.SessionQueries;
import dev.upward.session.app.WriteSessionNote;
import dev.upward.session.domain.SessionNote;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One session, moved, held, missed or cancelled by a member of its mentorship; nobody else sees it. */
@Path("/sessions")
@Tag(name = "Sessions")
@RolesAllowed(Roles.PARTICIPANT)
public class SessionResource {

    private final SessionQueries queries;
    private final ChangeSession changes;
    private final WriteSessionNote notes;
    private final Clock clock;

    public SessionResource(SessionQueries queries, ChangeSession changes, WriteSessionNote notes, Clock clock) {
        this.queries = queries;
        this.changes = changes;
        this.notes = notes;
        this.clock = clock;
    }

    public record NoteView(String text, Instant updatedAt) {
        static NoteView of(SessionNote n) {
            return new NoteView(n.text(), n.updatedAt());
        }
    }

    @GET
    @Path("{sessionId}")
    @Operation(summary = "One session of my mentorships; any other answers 404")
    public Uni<SessionView> get(@PathParam("sessionId") UUID sessionId, @QueryParam("zone") String zone) {
        return queries.one(sessionId).map(found -> SessionView.of(found.session(), SessionView.viewerZone(zone, found.member().me())));
    }

    @PUT
    @Path("{sessionId}/time")
    @Operation(summary = "Move a scheduled session (SessionScheduled again, same id, new time)",
            description = "The same rules as scheduling apply; durationMinutes left out keeps the length.")
    public Uni<SessionView> reschedule(@PathParam("sessionId") UUID sessionId, @Valid @NotNull SessionRequests.Reschedule body) {
        return changes.reschedule(sessionId, body.startsAt(), body.timeZone(), body.durationMinutes())
                .map(placed -> SessionView.of(placed.session(), placed.zone()));
    }

    @PUT
    @Path("{sessionId}/agenda")
    @Operation(summary = "Replace the agenda and topics of a scheduled session")
    public Uni<SessionView> agenda(@PathParam("sessionId") UUID sessionId, @Valid @NotNull SessionRequests.Agenda body) {
        return changes.replaceAgenda(sessionId, body.agenda(), body.topics()).map(SessionView::inItsZone);
    }

    @POST
    @Path("{sessionId}/cancellation")
    @Operation(summary = "Cancel a session that has not started (SessionCancelled; the reason stays here)")
    public Uni<SessionView> cancel(@PathParam("sessionId") UUID sessionId, @Valid SessionRequests.Cancellation body) {
        return changes.cancel(sessionId, body == null ? null : body.reason()).map(SessionView::inItsZone);
    }

    @POST
    @Path("{sessionId}/completion")
    @Operation(summary = "Mark a session that has started as held (SessionCompleted)")
    public Uni<SessionView> complete(@PathParam("sessionId") UUID sessionId) {
        return changes.complete(sessionId).map(SessionView::inItsZone);
    }

    @POST
    @Path("{sessionId}/no-show")
    @Operation(summary = "Mark a session that has started as missed, and by whom (SessionMissed)")
    public Uni<SessionView> missed(@PathParam("sessionId") UUID sessionId, @Valid @NotNull SessionRequests.NoShow body) {
        return changes.markMissed(sessionId, body.missedBy()).map(SessionView::inItsZone);
    }

    @GET
    @Path("{sessionId}/note")
    @Operation(summary = "My private note on a session; only I ever read it (404 when I wrote none)")
    public Uni<NoteView> note(@PathParam("sessionId") UUID sessionId) {
        return queries.myNote(sessionId).map(NoteView::of);
    }

    @PUT
    @Path("{sessionId}/note")
    @Operation(summary = "Write or replace my private note on a session")
    public Uni<NoteView> writeNote(@PathParam("sessionId") UUID sessionId, @Valid @NotNull SessionRequests.Note body) {
        return notes.write(sessionId, body.text()).map(NoteView::of);
    }

    @GET
    @Path("{sessionId}/calendar.ics")
    @Produces(SessionCalendar.MEDIA_TYPE)
    @Operation(summary = "One session of mine as an .ics file to import into any calendar app")
    public Uni<Response> ics(@PathParam("sessionId") UUID sessionId) {
        return queries.one(sessionId).map(found -> Response.ok(SessionCalendar.of("Reverse mentoring",
                        List.of(found.session()), clock.instant()))
                .header("Content-Disposition", "attachment; filename=\"session-" + sessionId + ".ics\"").build());
    }
}
