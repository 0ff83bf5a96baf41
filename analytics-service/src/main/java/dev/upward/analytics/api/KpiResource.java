package dev.upward.analytics.api;

import dev.upward.analytics.app.KpiQueries;
import dev.upward.analytics.domain.ProgramKpis;
import dev.upward.analytics.domain.WeeklySeries;
import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@Path("/programs/{programId}/kpis")
@Tag(name = "Programme KPIs")
public class KpiResource {

    public static final String CSV = "text/csv";

    /** A programme's weekly series as the JSON answer of {@code /weekly}. */
    public record WeeklyView(UUID programId, List<WeeklySeries.Week> weeks) {
    }

    private final KpiQueries kpis;

    public KpiResource(KpiQueries kpis) {
        this.kpis = kpis;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Every KPI of one programme; figures about fewer than five people are suppressed")
    public Uni<ProgramKpis> get(@PathParam("programId") UUID programId) {
        return kpis.kpis(programId);
    }

    @GET
    @Path("/weekly")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.ANALYST, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Headline activity per ISO week, as JSON or text/csv")
    public Uni<Response> weekly(@PathParam("programId") UUID programId, @QueryParam("from") LocalDate from,
                                @QueryParam("to") LocalDate to, @QueryParam("format") String format,
                                @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        if (from != null && to != null && to.isBefore(from)) {
            throw badRequest("to must not be before from");
        }
        if (from != null && to != null && ChronoUnit.WEEKS.between(from, to) >= WeeklySeries.MAX_WEEKS) {
            throw badRequest("at most " + WeeklySeries.MAX_WEEKS + " weeks at a time");
        }
        boolean csv = wantsCsv(format, headers);
        return kpis.weekly(programId, from, to).map(weeks -> csv
                ? Response.ok(KpiCsv.weekly(weeks), CSV + ";charset=UTF-8").build()
                : Response.ok(new WeeklyView(programId, weeks), MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Path("/tables/{table}")
    @Produces(CSV)
    @RolesAllowed({Roles.ANALYST, Roles.PROGRAM_ADMIN})
    @Operation(summary = "One KPI table as CSV: headline, enrolment-by-department, satisfaction, skill-growth, "
            + "retention, pairing-matrix or weekly")
    public Uni<Response> table(@PathParam("programId") UUID programId, @PathParam("table") String table) {
        if (table.equals("weekly")) {
            return kpis.weekly(programId, null, null)
                    .map(weeks -> csvFile(KpiCsv.weekly(weeks), programId, table));
        }
        if (!KpiCsv.TABLES.contains(table)) {
            throw ProblemException.notFound("KPI table", table);
        }
        return kpis.kpis(programId).map(k -> csvFile(KpiCsv.table(table, k), programId, table));
    }

    private static Response csvFile(String body, UUID programId, String table) {
        return Response.ok(body, CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + table + "-" + programId + ".csv\"").build();
    }

    private static boolean wantsCsv(String format, jakarta.ws.rs.core.HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw badRequest("format must be json or csv");
            };
        }
        return headers.getAcceptableMediaTypes().stream().findFirst()
                .map(t -> t.getType().equals("text") && t.getSubtype().equals("csv")).orElse(false);
    }

    private static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "validation", "Bad Request", detail));
    }
}
