package dev.upward.participant.api;

import dev.upward.commons.security.Roles;
import dev.upward.participant.app.EnrolParticipant;
import dev.upward.participant.app.ParticipantQueries;
import dev.upward.participant.domain.ParticipantRole;
import dev.upward.participant.domain.ParticipantSearch;
import dev.upward.participant.domain.ParticipantStatus;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/programs/{programId}")
@Tag(name = "Enrolment")
public class EnrolmentResource {

    private final EnrolParticipant enrolParticipant;
    private final ParticipantQueries participants;

    public EnrolmentResource(EnrolParticipant enrolParticipant, ParticipantQueries participants) {
        this.enrolParticipant = enrolParticipant;
        this.participants = participants;
    }

    @POST
    @Path("/enrolments")
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Enrol in a launched programme as mentor or mentee",
            description = "Participants enrol themselves; admins may name another employee. 422 names each failed eligibility rule;"
                    + " 409 when enrolment is not open, the programme is full or the person is already enrolled.")
    public Uni<Response> enrol(@PathParam("programId") UUID programId, @Valid @NotNull EnrolmentRequest request,
                               UriInfo uriInfo) {
        return enrolParticipant.enrol(programId, request.employeeId(), request.role(), request.profile())
                .map(saved -> Response.created(uriInfo.getBaseUriBuilder().path("participants").path(saved.id().toString()).build())
                        .entity(ParticipantView.of(saved)).build());
    }

    @GET
    @Path("/participants")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "List, filter and search a programme's participants",
            description = "search matches given name, family name, e-mail or employee id (case-insensitive, substring).")
    public Uni<PageView<ParticipantView>> list(@PathParam("programId") UUID programId,
                                               @QueryParam("role") ParticipantRole role,
                                               @QueryParam("status") ParticipantStatus status,
                                               @QueryParam("department") @Size(max = 200) String department,
                                               @QueryParam("search") @Size(max = 200) String search,
                                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return participants.ofProgram(programId, new ParticipantSearch(role, status, department, search), page, size)
                .map(result -> PageView.of(result, page, size, row -> ParticipantView.of(row.participant(), row.employee())));
    }
}
