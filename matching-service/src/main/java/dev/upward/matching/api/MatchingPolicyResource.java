package dev.upward.matching.api;

import dev.upward.commons.security.Roles;
import dev.upward.matching.app.MatchingPolicies;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/programs/{programId}/matching-policy")
@Tag(name = "Matching policy")
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class MatchingPolicyResource {

    private final MatchingPolicies policies;

    public MatchingPolicyResource(MatchingPolicies policies) {
        this.policies = policies;
    }

    @GET
    @Operation(summary = "The programme's matching policy (created with defaults when the programme was created)")
    public Uni<MatchingPolicyView> get(@PathParam("programId") UUID programId) {
        return policies.get(programId).map(MatchingPolicyView::of);
    }

    @PUT
    @Operation(summary = "Change the programme's matching policy")
    public Uni<MatchingPolicyView> update(@PathParam("programId") UUID programId,
                                          @Valid @NotNull MatchingPolicyRequest request) {
        return policies.change(programId, request.toChange()).map(MatchingPolicyView::of);
    }
}
