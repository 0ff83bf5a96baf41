package dev.upward.analytics.api;

import dev.upward.analytics.app.IssueReportLink;
import dev.upward.analytics.app.ReportQueries;
import dev.upward.analytics.config.ReportLinkAuthentication;
import dev.upward.analytics.domain.ProgramKpis;
import dev.upward.analytics.domain.ProgramKpis.Figure;
import dev.upward.analytics.domain.WeeklySeries;
import dev.upward.commons.security.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The programme impact report: one HTML page rendered here, charts as inline SVG, no script.
 * It shows exactly the figures of the KPI API, suppression included, because it is built from
 * the same {@link ProgramKpis}.
 */
@Path("/programs/{programId}")
@Tag(name = "Programme impact report")
public class ReportResource {

    /** A link that opens the report in a browser for a short while. */
    public record ReportLinkView(String url, Instant expiresAt) {
    }

    /** One headline figure: its KPI field, what it is called, its JSON value and how it reads. */
    @io.quarkus.qute.TemplateData
    public record Tile(String key, String label, String value, String display) {
    }

    private final ReportQueries reports;
    private final IssueReportLink issueLink;
    private final Template report;

    public ReportResource(ReportQueries reports, IssueReportLink issueLink, @Location("report.html") Template report) {
        this.reports = reports;
        this.issueLink = issueLink;
        this.report = report;
    }

    @POST
    @Path("/report-links")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.PROGRAM_ADMIN})
    @Operation(summary = "A short-lived signed link that opens the programme's report in a browser")
    public Uni<ReportLinkView> link(@PathParam("programId") UUID programId) {
        return issueLink.issue(programId).map(issued -> new ReportLinkView(
                "/programs/" + programId + "/report?" + ReportLinkAuthentication.PARAMETER + "=" + issued.link(),
                issued.expiresAt()));
    }

    @GET
    @Path("/report")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ANALYST, Roles.PROGRAM_ADMIN})
    @Operation(summary = "The programme impact report as an HTML page (bearer token or signed link)")
    public Uni<Response> report(@PathParam("programId") UUID programId) {
        return reports.report(programId)
                .map(r -> Response.ok(render(r.kpis(), r.weeks()), MediaType.TEXT_HTML + ";charset=UTF-8")
                        // the link is in the address: keep it out of caches and other sites' referrer logs
                        .header("Cache-Control", "no-store")
                        .header("Referrer-Policy", "no-referrer")
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                        .build());
    }

    private String render(ProgramKpis k, List<WeeklySeries.Week> weeks) {
        List<Tile> tiles = List.of(
                count("participantsEnrolled", "Participants enrolled", k.participantsEnrolled()),
                count("matchesAccepted", "Matches accepted", k.matchesAccepted()),
                count("mentorshipsStarted", "Mentorships started", k.mentorshipsStarted()),
                count("sessionsCompleted", "Sessions held", k.sessionsCompleted()),
                count("feedbackSubmitted", "Feedback forms", k.feedbackSubmitted()),
                share("matchRate", "Match rate", k.matchRate()),
                share("acceptanceRate", "Acceptance rate", k.acceptanceRate()),
                share("completionRate", "Completion rate", k.completionRate()),
                days("medianDaysToMatch", "Median days to match", k.medianDaysToMatch()),
                days("medianDaysToFirstSession", "Median days to first session", k.medianDaysToFirstSession()),
                figure("satisfaction.mean", "Mean session rating (1–5)", k.satisfaction().mean(), "%.2f"),
                figure("fitCheckFailureRate", "Fit checks saying \"not working\"", k.fitCheckFailureRate(), "pct"));
        List<String> labels = weeks.stream().map(w -> w.weekStart().toString()).toList();
        String trend = SvgCharts.lines("trend", "Sessions held and feedback forms per week", labels, List.of(
                new SvgCharts.Series("sessionsCompleted", "#3b6ea8", weeks.stream().map(WeeklySeries.Week::sessionsCompleted).toList()),
                new SvgCharts.Series("feedbackSubmitted", "#d9822b", weeks.stream().map(WeeklySeries.Week::feedbackSubmitted).toList())));
        String skills = SvgCharts.bars("skill-growth", "Mean change of self-rated skill, pre to post", skillBars(k), 4, "%+.2f");
        String retention = SvgCharts.bars("retention", "Still employed at the end of the window", List.of(
                new SvgCharts.Bar("Participants", k.retention().participants().value(), k.retention().participants().suppressed()),
                new SvgCharts.Bar("Comparable non-participants", k.retention().comparison().value(),
                        k.retention().comparison().suppressed())), 1, "%.4f");
        List<SvgCharts.Bar> distribution = new ArrayList<>();
        k.satisfaction().distribution().forEach(c -> distribution.add(new SvgCharts.Bar("Rating " + c.rating(),
                c.forms() == null ? null : c.forms().doubleValue(), c.suppressed())));
        int maxForms = k.satisfaction().distribution().stream().filter(c -> c.forms() != null)
                .mapToInt(ProgramKpis.RatingCell::forms).max().orElse(1);
        String satisfaction = SvgCharts.bars("satisfaction", "Feedback forms per rating", distribution, Math.max(1, maxForms), "%.0f");
        return report.data("title", k.name() == null ? "Programme " + k.programId() : k.name())
                .data("programId", k.programId().toString())
                .data("period", (k.startsOn() == null ? "?" : k.startsOn()) + " to " + (k.endsOn() == null ? "?" : k.endsOn()))
                .data("status", k.status() == null ? "unknown" : k.status())
                .data("asOf", String.valueOf(k.asOf()))
                .data("tiles", tiles).data("trend", trend).data("skills", skills)
                .data("retention", retention).data("satisfaction", satisfaction)
                .data("window", k.retention().from() == null ? "not started yet"
                        : k.retention().from() + " to " + k.retention().to())
                .render();
    }

    private static List<SvgCharts.Bar> skillBars(ProgramKpis k) {
        List<SvgCharts.Bar> bars = new ArrayList<>();
        addSkills(bars, "Mentees", k.skillGrowth().mentees());
        addSkills(bars, "Mentors", k.skillGrowth().mentors());
        return bars;
    }

    private static void addSkills(List<SvgCharts.Bar> bars, String who, ProgramKpis.RoleSkillGrowth growth) {
        if (growth.delta().value() == null && !growth.delta().suppressed()) {
            return;
        }
        bars.add(new SvgCharts.Bar(who + ": all skills", growth.delta().value(), growth.delta().suppressed()));
        growth.skills().forEach(c -> bars.add(new SvgCharts.Bar(who + ": " + c.skill(), c.delta(), c.suppressed())));
    }

    private static Tile count(String key, String label, int value) {
        return new Tile(key, label, Integer.toString(value), Integer.toString(value));
    }

    private static Tile share(String key, String label, Double value) {
        return new Tile(key, label, value == null ? "null" : value.toString(),
                value == null ? "–" : String.format(Locale.ROOT, "%.1f %%", value * 100));
    }

    private static Tile days(String key, String label, Double value) {
        return new Tile(key, label, value == null ? "null" : value.toString(),
                value == null ? "–" : String.format(Locale.ROOT, "%.1f", value));
    }

    private static Tile figure(String key, String label, Figure figure, String format) {
        if (figure.suppressed()) {
            return new Tile(key, label, "suppressed", "fewer than 5 people");
        }
        if (figure.value() == null) {
            return new Tile(key, label, "null", "–");
        }
        String display = format.equals("pct") ? String.format(Locale.ROOT, "%.1f %%", figure.value() * 100)
                : String.format(Locale.ROOT, format, figure.value());
        return new Tile(key, label, figure.value().toString(), display);
    }
}
