package dev.upward.session.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.session.domain.CalendarFeed;
import dev.upward.session.persistence.CalendarFeedRepository;
import dev.upward.session.persistence.SessionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Calendar subscriptions. Calendar apps fetch a URL and cannot send a bearer token, so a
 * feed is reached by a secret URL instead: whoever has it sees that person's session times,
 * so it can be revoked, and a new one issued, at any time.
 */
@Path("/")
@Tag(name = "Calendar")
public class CalendarFeedResource {

    private final CalendarFeedRepository feeds;
    private final SessionRepository sessions;
    private final Membership membership;
    private final Clock clock;

    public CalendarFeedResource(CalendarFeedRepository feeds, SessionRepository sessions, Membership membership, Clock clock) {
        this.feeds = feeds;
        this.sessions = sessions;
        this.membership = membership;
        this.clock = clock;
    }

    /** {@code url} appears only in the answer that created the feed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FeedView(UUID id, Instant createdAt, Instant revokedAt, String url) {
    }

    @POST
    @Path("calendar-feeds")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithTransaction
    @Operation(summary = "Create a secret iCalendar feed URL of my sessions; the URL is shown only in this answer")
    public Uni<Response> create(UriInfo uriInfo) {
        CalendarFeed.Issued issued = CalendarFeed.issue(membership.employeeId(), clock.instant());
        String url = uriInfo.getBaseUriBuilder().path("calendar").path(issued.token() + ".ics").build().toString();
        return feeds.persist(issued.feed()).map(feed -> Response
                .created(uriInfo.getBaseUriBuilder().path("calendar-feeds").path(feed.id().toString()).build())
                .entity(new FeedView(feed.id(), feed.createdAt(), null, url)).build());
    }

    @GET
    @Path("calendar-feeds")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithSession
    @Operation(summary = "My calendar feeds, newest first (without their secret URLs)")
    public Uni<List<FeedView>> mine() {
        return feeds.ofEmployee(membership.employeeId())
                .map(list -> list.stream().map(f -> new FeedView(f.id(), f.createdAt(), f.revokedAt(), null)).toList());
    }

    @DELETE
    @Path("calendar-feeds/{feedId}")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithTransaction
    @Operation(summary = "Revoke one of my calendar feeds; its URL answers 404 from now on")
    public Uni<Response> revoke(@PathParam("feedId") UUID feedId) {
        String me = membership.employeeId();
        return feeds.findById(feedId)
                .map(feed -> feed != null && feed.employeeId().equals(me) ? feed : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("calendar feed", feedId))
                .invoke(feed -> feed.revoke(clock.instant()))
                .replaceWith(Response.noContent().build());
    }

    @GET
    @Path("calendar/{token}.ics")
    @PermitAll
    @WithSession
    @Produces(SessionCalendar.MEDIA_TYPE)
    @Operation(summary = "The iCalendar feed behind a secret URL (no bearer token: the URL is the credential)")
    public Uni<String> feed(@PathParam("token") String token) {
        return feeds.activeByToken(token)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("calendar feed", "behind this URL"))
                .flatMap(feed -> sessions.ofEmployee(feed.employeeId()))
                .map(list -> SessionCalendar.of("Reverse mentoring", list, clock.instant()));
    }
}
