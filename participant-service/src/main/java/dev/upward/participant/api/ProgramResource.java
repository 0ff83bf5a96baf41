package dev.upward.participant.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.participant.domain.Program;
import dev.upward.participant.persistence.ProgramRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.Panache;
import dev.upward.participant.messaging.ProgramEvents;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@Path("/programs")
@Tag(name = "Programmes")
public class ProgramResource {

    private final ProgramRepository programs;
    private final ProgramEvents events;
    private final SecurityIdentity identity;
    private final Clock clock = Clock.systemUTC();

    public ProgramResource(ProgramRepository programs, ProgramEvents events, SecurityIdentity identity) {
        this.programs = programs;
        this.events = events;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Create a programme as a draft")
    public Uni<Response> create(@Valid @NotNull ProgramRequest request, UriInfo uriInfo) {
        Program program = Program.draft(request.name().strip(), request.description(), request.startsOn(),
                request.endsOn(), identity.getPrincipal().getName(), clock.instant());
        // The programme and its event commit together; the outbox relay publishes the event.
        return Panache.withTransaction(() -> programs.persist(program).call(events::created))
                .map(saved -> Response
                .created(uriInfo.getAbsolutePathBuilder().path(saved.id().toString()).build())
                .entity(ProgramView.of(saved)).build());
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ANALYST, Roles.PARTICIPANT})
    @WithSession
    @Operation(summary = "List programmes, newest first")
    public Uni<List<ProgramView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return programs.page(page, size).map(list -> list.stream().map(ProgramView::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ANALYST, Roles.PARTICIPANT})
    @WithSession
    @Operation(summary = "One programme")
    public Uni<ProgramView> get(@PathParam("id") UUID id) {
        return programs.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", id))
                .map(ProgramView::of);
    }
}
