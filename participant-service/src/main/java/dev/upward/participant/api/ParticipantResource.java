package dev.upward.participant.api;

import dev.upward.commons.security.Roles;
import dev.upward.participant.app.ParticipantQueries;
import dev.upward.participant.app.UpdateProfile;
import dev.upward.participant.app.WithdrawParticipant;
import dev.upward.participant.domain.Profile;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** One participant: only its owner and programme admins ever see or change it (others get 404). */
@Path("/participants/{participantId}")
@Tag(name = "Enrolment")
public class ParticipantResource {

    private final ParticipantQueries queries;
    private final UpdateProfile updateProfile;
    private final WithdrawParticipant withdrawParticipant;

    public ParticipantResource(ParticipantQueries queries, UpdateProfile updateProfile,
                               WithdrawParticipant withdrawParticipant) {
        this.queries = queries;
        this.updateProfile = updateProfile;
        this.withdrawParticipant = withdrawParticipant;
    }

    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN})
    @Operation(summary = "One participant with their profile")
    public Uni<ParticipantView> get(@PathParam("participantId") UUID id) {
        return queries.get(id).map(ParticipantView::of);
    }

    @PUT
    @Path("/profile")
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Replace the matching profile", description = "422 lists every invalid field.")
    public Uni<ParticipantView> updateProfile(@PathParam("participantId") UUID id, @NotNull Profile profile) {
        return updateProfile.update(id, profile).map(ParticipantView::of);
    }

    @POST
    @Path("/withdrawal")
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Leave the programme (or, for admins, withdraw someone)",
            description = "409 when the participant has already left.")
    public Uni<ParticipantView> withdraw(@PathParam("participantId") UUID id, @Valid WithdrawalRequest request) {
        return withdrawParticipant.withdraw(id, request == null ? null : request.reason()).map(ParticipantView::of);
    }
}
