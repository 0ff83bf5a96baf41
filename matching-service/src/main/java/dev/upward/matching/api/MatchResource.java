package dev.upward.matching.api;

import dev.upward.commons.security.Roles;
import dev.upward.matching.app.MatchDecisions;
import dev.upward.matching.app.MatchQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A participant's own matches and their answers. Anyone else's match answers 404. */
@Path("/matches")
@Tag(name = "Matches")
public class MatchResource {

    private final MatchQueries queries;
    private final MatchDecisions decisions;

    public MatchResource(MatchQueries queries, MatchDecisions decisions) {
        this.queries = queries;
        this.decisions = decisions;
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "My matches, newest first")
    public Uni<List<MyMatchView>> mine() {
        return queries.mine().map(list -> list.stream().map(MyMatchView::of).toList());
    }

    @POST
    @Path("/{matchId}/acceptance")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Accept my match; when both have accepted, MatchAccepted starts the mentorship",
            description = "409 when the match is no longer proposed or its deadline has passed.")
    public Uni<MyMatchView> accept(@PathParam("matchId") UUID matchId) {
        return decisions.accept(matchId).map(MyMatchView::of);
    }

    @POST
    @Path("/{matchId}/declination")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Decline my match; both people return to the pool for the next run")
    public Uni<MyMatchView> decline(@PathParam("matchId") UUID matchId) {
        return decisions.decline(matchId).map(MyMatchView::of);
    }
}
