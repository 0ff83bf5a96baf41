package dev.upward.session.api;

import dev.upward.commons.security.Roles;
import dev.upward.session.app.ScheduleSession;
import dev.upward.session.app.SessionQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The sessions of one mentorship: its two members plan them; nobody else sees them. */
@Path("/mentorships/{mentorshipId}/sessions")
@Tag(name = "Sessions")
@RolesAllowed(Roles.PARTICIPANT)
public class MentorshipSessionsResource {

    private final ScheduleSession scheduling;
    private final SessionQueries queries;

    public MentorshipSessionsResource(ScheduleSession scheduling, SessionQueries queries) {
        this.scheduling = scheduling;
        this.queries = queries;
    }

    @POST
    @Operation(summary = "Schedule a session of my mentorship (SessionScheduled)",
            description = "422 names the broken rule: duration (15-480 minutes), in-the-future, programme-dates, no-overlap"
                    + " (with another scheduled session of either member), time-zone, time-zone-gap (a local time skipped by"
                    + " daylight saving). 409 when the mentorship has ended.")
    public Uni<Response> schedule(@PathParam("mentorshipId") UUID mentorshipId, @Valid @NotNull SessionRequests.Schedule body,
                                  UriInfo uriInfo) {
        ScheduleSession.Plan plan = new ScheduleSession.Plan(body.startsAt(), body.timeZone(), body.durationMinutes(),
                body.format(), body.location(), body.agenda(), body.topics());
        return scheduling.schedule(mentorshipId, plan).map(placed -> Response
                .created(uriInfo.getBaseUriBuilder().path("sessions").path(placed.session().id().toString()).build())
                .entity(SessionView.of(placed.session(), placed.zone())).build());
    }

    @GET
    @Operation(summary = "The sessions of my mentorship, earliest first, shown in my time zone or in ?zone=")
    public Uni<List<SessionView>> ofMentorship(@PathParam("mentorshipId") UUID mentorshipId, @QueryParam("zone") String zone) {
        return queries.ofMentorship(mentorshipId).map(found -> found.sessions().stream()
                .map(s -> SessionView.of(s, SessionView.viewerZone(zone, found.member().me()))).toList());
    }
}
