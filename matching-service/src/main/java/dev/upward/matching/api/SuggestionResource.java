package dev.upward.matching.api;

import dev.upward.commons.security.Roles;
import dev.upward.matching.app.RequestCandidate;
import dev.upward.matching.app.SuggestionQueries;
import dev.upward.matching.domain.MatchExplanation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Self-service matching for one participant: the best candidates of the other role with the
 * reasons, and a request for one of them, which becomes a proposal the other person answers.
 * Only the participant and programme admins may use it; anyone else gets 404.
 */
@Path("/participants/{participantId}")
@Tag(name = "Suggestions")
public class SuggestionResource {

    private final SuggestionQueries suggestions;
    private final RequestCandidate requestCandidate;

    public SuggestionResource(SuggestionQueries suggestions, RequestCandidate requestCandidate) {
        this.suggestions = suggestions;
        this.requestCandidate = requestCandidate;
    }

    public record SuggestionView(UUID participantId, String employeeId, double score, MatchExplanation explanation) {
    }

    public record CandidateRequest(@NotNull UUID candidateParticipantId) {
    }

    @GET
    @Path("/suggestions")
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN})
    @Operation(summary = "The best available partners for me, with why",
            description = "Only people of the other role who hold no proposed or accepted match and pass every hard rule.")
    public Uni<List<SuggestionView>> suggestions(@PathParam("participantId") UUID participantId,
                                                 @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(50) int limit) {
        return suggestions.suggestions(participantId, limit).map(options -> options.stream()
                .map(o -> new SuggestionView(o.other().participantId(), o.other().employeeId(), o.evaluation().score(),
                        MatchExplanation.of(o.evaluation())))
                .toList());
    }

    @POST
    @Path("/candidate-requests")
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Ask for a specific partner: a proposal that counts as accepted by me",
            description = "422 when the pair breaks a hard rule (the rule is named), 409 when either already holds a match.")
    public Uni<Response> request(@PathParam("participantId") UUID participantId, @Valid @NotNull CandidateRequest request) {
        return requestCandidate.request(participantId, request.candidateParticipantId())
                .map(proposal -> Response.status(201).entity(MyMatchView.of(proposal)).build());
    }
}
