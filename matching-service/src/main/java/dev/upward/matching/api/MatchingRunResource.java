package dev.upward.matching.api;

import dev.upward.commons.security.Roles;
import dev.upward.matching.app.RunMatching;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/programs/{programId}/matching-runs")
@Tag(name = "Matching runs")
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class MatchingRunResource {

    private final RunMatching runMatching;

    public MatchingRunResource(RunMatching runMatching) {
        this.runMatching = runMatching;
    }

    @POST
    @Path("/preview")
    @Operation(summary = "Preview the optimal matching of everyone not yet matched; nothing is published",
            description = "Pairs with scores and explanations, unmatched people with reasons, and the number of blocking pairs."
                    + " Proposed and accepted matches are left alone.")
    public Uni<MatchingRunView> preview(@PathParam("programId") UUID programId) {
        return runMatching.preview(programId).map(run -> MatchingRunView.of(run, false));
    }

    @POST
    @Operation(summary = "Run the matching and propose its pairs (MatchProposed through the outbox)",
            description = "Each pair must be accepted by both people before the policy's deadline.")
    public Uni<MatchingRunView> publish(@PathParam("programId") UUID programId) {
        return runMatching.publish(programId).map(run -> MatchingRunView.of(run, true));
    }
}
