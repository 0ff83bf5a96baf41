package dev.upward.analytics.app;

import dev.upward.analytics.config.ReportLinks;
import dev.upward.commons.security.Caller;
import dev.upward.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Signs a short-lived link to one programme's report, carrying the caller's role and name. */
@ApplicationScoped
public class IssueReportLink {

    /** The signed link and when it stops opening the report. */
    public record IssuedLink(String link, Instant expiresAt) {
    }

    private final KpiQueries kpis;
    private final ReportLinks links;
    private final Caller caller;
    private final Clock clock;

    public IssueReportLink(KpiQueries kpis, ReportLinks links, Caller caller, Clock clock) {
        this.kpis = kpis;
        this.links = links;
        this.caller = caller;
        this.clock = clock;
    }

    /** Fails with 404 for a programme without KPIs, so no link is signed for a programme that does not exist. */
    public Uni<IssuedLink> issue(UUID programId) {
        String role = caller.isProgramAdmin() ? Roles.PROGRAM_ADMIN : Roles.ANALYST;
        return kpis.kpis(programId).map(k -> {
            Instant now = clock.instant();
            return new IssuedLink(links.issue(programId, role, caller.name(), now), now.plus(links.ttl()));
        });
    }
}
