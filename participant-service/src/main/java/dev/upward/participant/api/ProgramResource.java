package dev.upward.participant.api;

import dev.upward.commons.security.Roles;
import dev.upward.participant.app.ProgramLifecycle;
import dev.upward.participant.app.ProgramQueries;
import dev.upward.participant.domain.ProgramStatus;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/programs")
@Tag(name = "Programmes")
public class ProgramResource {

    private final ProgramLifecycle lifecycle;
    private final ProgramQueries queries;

    public ProgramResource(ProgramLifecycle lifecycle, ProgramQueries queries) {
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Create a programme as a draft")
    public Uni<Response> create(@Valid @NotNull ProgramRequest request, UriInfo uriInfo) {
        return lifecycle.create(request.toSettings())
                .map(saved -> Response.created(uriInfo.getAbsolutePathBuilder().path(saved.id().toString()).build())
                        .entity(ProgramView.of(saved)).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Replace a programme's settings",
            description = "Drafts change freely. Launched programmes keep their start date and eligibility rules; closed ones are frozen (409).")
    public Uni<ProgramView> update(@PathParam("id") UUID id, @Valid @NotNull ProgramRequest request) {
        return lifecycle.update(id, request.toSettings()).map(ProgramView::of);
    }

    @POST
    @Path("/{id}/launch")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Launch a draft: fixes the plan and opens enrolment",
            description = "Needs start and end dates and at least one focus topic (409 otherwise).")
    public Uni<ProgramView> launch(@PathParam("id") UUID id) {
        return lifecycle.launch(id).map(ProgramView::of);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Close a programme: no more enrolment or matching")
    public Uni<ProgramView> close(@PathParam("id") UUID id) {
        return lifecycle.close(id).map(ProgramView::of);
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ANALYST, Roles.PARTICIPANT})
    @Operation(summary = "List programmes, newest first",
            description = "Participants see launched and closed programmes only; drafts are for admins and analysts.")
    public Uni<PageView<ProgramView>> list(@QueryParam("status") ProgramStatus status,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return queries.page(status, page, size).map(result -> PageView.of(result, page, size, ProgramView::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ANALYST, Roles.PARTICIPANT})
    @Operation(summary = "One programme")
    public Uni<ProgramView> get(@PathParam("id") UUID id) {
        return queries.get(id).map(ProgramView::of);
    }
}
