package dev.upward.participant.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.participant.domain.Program;
import dev.upward.participant.domain.ProgramStatus;
import dev.upward.participant.messaging.ProgramEvents;
import dev.upward.participant.persistence.ProgramRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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

import java.time.Clock;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

@Path("/programs")
@Tag(name = "Programmes")
public class ProgramResource {

    private final ProgramRepository programs;
    private final ProgramEvents events;
    private final Caller caller;
    private final Clock clock = Clock.systemUTC();

    public ProgramResource(ProgramRepository programs, ProgramEvents events, Caller caller) {
        this.programs = programs;
        this.events = events;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Create a programme as a draft")
    public Uni<Response> create(@Valid @NotNull ProgramRequest request, UriInfo uriInfo) {
        Program program = Program.draft(request.toSettings(), caller.name(), clock.instant());
        // The programme and its event commit together; the outbox relay publishes the event.
        return Panache.withTransaction(() -> programs.persist(program).call(events::created))
                .map(saved -> Response.created(uriInfo.getAbsolutePathBuilder().path(saved.id().toString()).build())
                        .entity(ProgramView.of(saved)).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Replace a programme's settings",
            description = "Drafts change freely. Launched programmes keep their start date and eligibility rules; closed ones are frozen (409).")
    public Uni<ProgramView> update(@PathParam("id") UUID id, @Valid @NotNull ProgramRequest request) {
        return change(id, program -> program.update(request.toSettings(), clock.instant()), ProgramEvents::updated);
    }

    @POST
    @Path("/{id}/launch")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Launch a draft: fixes the plan and opens enrolment",
            description = "Needs start and end dates and at least one focus topic (409 otherwise).")
    public Uni<ProgramView> launch(@PathParam("id") UUID id) {
        return change(id, program -> program.launch(clock.instant()), ProgramEvents::launched);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Close a programme: no more enrolment or matching")
    public Uni<ProgramView> close(@PathParam("id") UUID id) {
        return change(id, program -> program.close(clock.instant()), ProgramEvents::closed);
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ANALYST, Roles.PARTICIPANT})
    @WithSession
    @Operation(summary = "List programmes, newest first",
            description = "Participants see launched and closed programmes only; drafts are for admins and analysts.")
    public Uni<PageView<ProgramView>> list(@QueryParam("status") ProgramStatus status,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        boolean draftsVisible = caller.isAdmin() || caller.hasRole(Roles.ANALYST);
        return programs.page(status, draftsVisible, page, size)
                .map(result -> new PageView<>(result.items().stream().map(ProgramView::of).toList(), page, size, result.total()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ANALYST, Roles.PARTICIPANT})
    @WithSession
    @Operation(summary = "One programme")
    public Uni<ProgramView> get(@PathParam("id") UUID id) {
        boolean draftsVisible = caller.isAdmin() || caller.hasRole(Roles.ANALYST);
        return programs.findById(id)
                .map(program -> program == null || (!draftsVisible && program.status() == ProgramStatus.DRAFT) ? null : program)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", id))
                .map(ProgramView::of);
    }

    /** Loads, changes and saves a programme with its event in one transaction. */
    private Uni<ProgramView> change(UUID id, Consumer<Program> transition, BiFunction<ProgramEvents, Program, Uni<Void>> event) {
        return Panache.withTransaction(() -> programs.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", id))
                .invoke(transition)
                .call(program -> programs.flush().replaceWith(program))
                .call(program -> event.apply(events, program)))
                .map(ProgramView::of);
    }
}
