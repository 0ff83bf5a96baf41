package dev.upward.analytics.jobs;

import dev.upward.analytics.app.RefreshKpiGauges;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Recomputes the headline gauges on a timer, so a Prometheus scrape never waits for the database. */
@ApplicationScoped
public class KpiGaugesJob {

    private final RefreshKpiGauges refresh;

    public KpiGaugesJob(RefreshKpiGauges refresh) {
        this.refresh = refresh;
    }

    @Scheduled(every = "${upward.analytics.gauges.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return refresh.refresh();
    }
}
