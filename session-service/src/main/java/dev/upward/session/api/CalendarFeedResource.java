package dev.upward.session.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.upward.commons.security.Roles;
import dev.upward.session.app.CalendarFeeds;
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

    private final CalendarFeeds feeds;
    private final Clock clock;

    public CalendarFeedResource(CalendarFeeds feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    /** {@code url} appears only in the answer that created the feed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FeedView(UUID id, Instant createdAt, Instant revokedAt, String url) {
    }

    @POST
    @Path("calendar-feeds")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Create a secret iCalendar feed URL of my sessions; the URL is shown only in this answer")
    public Uni<Response> create(UriInfo uriInfo) {
        return feeds.issue().map(issued -> {
            String url = uriInfo.getBaseUriBuilder().path("calendar").path(issued.token() + ".ics").build().toString();
            return Response
                    .created(uriInfo.getBaseUriBuilder().path("calendar-feeds").path(issued.feed().id().toString()).build())
                    .entity(new FeedView(issued.feed().id(), issued.feed().createdAt(), null, url)).build();
        });
    }

    @GET
    @Path("calendar-feeds")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "My calendar feeds, newest first (without their secret URLs)")
    public Uni<List<FeedView>> mine() {
        return feeds.mine()
                .map(list -> list.stream().map(f -> new FeedView(f.id(), f.createdAt(), f.revokedAt(), null)).toList());
    }

    @DELETE
    @Path("calendar-feeds/{feedId}")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Revoke one of my calendar feeds; its URL answers 404 from now on")
    public Uni<Response> revoke(@PathParam("feedId") UUID feedId) {
        return feeds.revoke(feedId).replaceWith(Response.noContent().build());
    }

    @GET
    @Path("calendar/{token}.ics")
    @PermitAll
    @Produces(SessionCalendar.MEDIA_TYPE)
    @Operation(summary = "The iCalendar feed behind a secret URL (no bearer token: the URL is the credential)")
    public Uni<String> feed(@PathParam("token") String token) {
        return feeds.sessionsBehind(token).map(list -> SessionCalendar.of("Reverse mentoring", list, clock.instant()));
    }
}
