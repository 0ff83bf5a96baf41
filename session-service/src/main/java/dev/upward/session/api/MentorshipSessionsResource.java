package dev.upward.session.api;

import dev.upward.commons.security.Roles;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.Session;
import dev.upward.session.domain.SessionTime;
import dev.upward.session.messaging.SessionEvents;
import dev.upward.session.persistence.MentorshipRepository;
import dev.upward.session.persistence.SessionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.LockModeType;
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

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The sessions of one mentorship: its two members plan them; nobody else sees them. */
@Path("/mentorships/{mentorshipId}/sessions")
@Tag(name = "Sessions")
@RolesAllowed(Roles.PARTICIPANT)
public class MentorshipSessionsResource {

    private final SessionRepository sessions;
    private final MentorshipRepository mentorships;
    private final SessionSlots slots;
    private final Membership membership;
    private final SessionEvents events;
    private final Clock clock;

    public MentorshipSessionsResource(SessionRepository sessions, MentorshipRepository mentorships, SessionSlots slots,
                                      Membership membership, SessionEvents events, Clock clock) {
        this.sessions = sessions;
        this.mentorships = mentorships;
        this.slots = slots;
        this.membership = membership;
        this.events = events;
        this.clock = clock;
    }

    @POST
    @Operation(summary = "Schedule a session of my mentorship (SessionScheduled)",
            description = "422 names the broken rule: duration (15-480 minutes), in-the-future, programme-dates, no-overlap"
                    + " (with another scheduled session of either member), time-zone, time-zone-gap (a local time skipped by"
                    + " daylight saving). 409 when the mentorship has ended.")
    public Uni<Response> schedule(@PathParam("mentorshipId") UUID mentorshipId, @Valid @NotNull SessionRequests.Schedule body,
                                  UriInfo uriInfo) {
        return Panache.withTransaction(() -> lockedMember(mentorshipId).flatMap(member -> {
            Mentorship m = member.mentorship();
            m.requireOpen();
            boolean zoneGiven = body.timeZone() != null && !body.timeZone().isBlank();
            ZoneId zone = SessionTime.zone(zoneGiven ? body.timeZone() : member.me().timeZone());
            Instant start = SessionTime.resolve(body.startsAt(), zone, zoneGiven);
            return slots.check(m, null, start, body.durationMinutes(), zone).flatMap(ok -> {
                Session created = Session.schedule(m.id(), m.programId(), start, body.durationMinutes(), zone.getId(),
                        body.format(), body.location(), body.agenda(), body.topics(), member.side(), clock.instant());
                return sessions.persist(created).call(events::scheduled);
            }).map(saved -> Response.created(uriInfo.getBaseUriBuilder().path("sessions").path(saved.id().toString()).build())
                    .entity(SessionView.of(saved, zone)).build());
        }));
    }

    @GET
    @WithSession
    @Operation(summary = "The sessions of my mentorship, earliest first, shown in my time zone or in ?zone=")
    public Uni<List<SessionView>> ofMentorship(@PathParam("mentorshipId") UUID mentorshipId, @QueryParam("zone") String zone) {
        return membership.in(mentorshipId).flatMap(member -> sessions.ofMentorship(mentorshipId)
                .map(list -> list.stream().map(s -> SessionView.of(s, SessionResource.viewerZone(zone, member.me()))).toList()));
    }

    /** Scheduling in one mentorship is serialised by a row lock, so two overlapping requests cannot both pass. */
    private Uni<Membership.Member> lockedMember(UUID mentorshipId) {
        return membership.in(mentorshipId).call(member -> mentorships.findById(mentorshipId, LockModeType.PESSIMISTIC_WRITE));
    }

}
