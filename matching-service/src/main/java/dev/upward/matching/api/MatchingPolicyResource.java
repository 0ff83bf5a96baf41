package dev.upward.matching.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.matching.domain.MatchingPolicy;
import dev.upward.matching.persistence.MatchingPolicyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
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

import java.time.Clock;
import java.util.UUID;

@Path("/programs/{programId}/matching-policy")
@Tag(name = "Matching policy")
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class MatchingPolicyResource {

    private final MatchingPolicyRepository policies;
    private final SecurityIdentity identity;
    private final Clock clock = Clock.systemUTC();

    public MatchingPolicyResource(MatchingPolicyRepository policies, SecurityIdentity identity) {
        this.policies = policies;
        this.identity = identity;
    }

    @GET
    @WithSession
    @Operation(summary = "The programme's matching policy (created with defaults when the programme was created)")
    public Uni<MatchingPolicyView> get(@PathParam("programId") UUID programId) {
        return policies.findById(programId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("matching policy of programme", programId))
                .map(MatchingPolicyView::of);
    }

    @PUT
    @WithTransaction
    @Operation(summary = "Change the programme's matching policy")
    public Uni<MatchingPolicyView> update(@PathParam("programId") UUID programId,
                                          @Valid @NotNull MatchingPolicyRequest request) {
        return policies.findById(programId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("matching policy of programme", programId))
                .map(policy -> {
                    policy.change(request.minJobLevelGap(), request.requireDifferentDepartment(),
                            request.mentorCapacity(), request.proposalDeadlineDays(), request.objective(),
                            identity.getPrincipal().getName(), clock.instant());
                    policy.tune(request.weights(), request.ruleSwitches());
                    return MatchingPolicyView.of(policy);
                });
    }
}
