package dev.upward.analytics.api;

import dev.upward.analytics.persistence.ProgramKpiRepository;
import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/programs/{programId}/kpis")
@Tag(name = "Programme KPIs")
public class ProgramKpiResource {

    private final ProgramKpiRepository kpis;

    public ProgramKpiResource(ProgramKpiRepository kpis) {
        this.kpis = kpis;
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.PROGRAM_ADMIN})
    @WithSession
    @Operation(summary = "Headline KPIs of one programme")
    public Uni<ProgramKpiView> get(@PathParam("programId") UUID programId) {
        return kpis.findById(programId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", programId))
                .map(ProgramKpiView::of);
    }
}
