package dev.upward.analytics.app;

import dev.upward.analytics.config.ReportLinkIdentityProvider;
import dev.upward.analytics.domain.ProgramKpis;
import dev.upward.analytics.domain.WeeklySeries;
import dev.upward.commons.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** What the impact report of one programme shows: the KPI document and the weekly series. */
@ApplicationScoped
public class ReportQueries {

    public record Report(ProgramKpis kpis, List<WeeklySeries.Week> weeks) {
    }

    private final KpiQueries kpis;
    private final SecurityIdentity identity;

    public ReportQueries(KpiQueries kpis, SecurityIdentity identity) {
        this.kpis = kpis;
        this.identity = identity;
    }

    /** A report link opens only the programme it was issued for; any other answers as if it did not exist. */
    public Uni<Report> report(UUID programId) {
        Object linked = identity.getAttribute(ReportLinkIdentityProvider.PROGRAM_ATTRIBUTE);
        if (linked != null && !linked.equals(programId)) {
            throw ProblemException.notFound("programme", programId);
        }
        return Uni.combine().all().unis(kpis.kpis(programId), kpis.weekly(programId, null, null)).asTuple()
                .map(t -> new Report(t.getItem1(), t.getItem2()));
    }
}
