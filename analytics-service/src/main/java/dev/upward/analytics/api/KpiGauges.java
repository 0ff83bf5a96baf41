package dev.upward.analytics.api;

import dev.upward.analytics.config.AnalyticsConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Headline activity of every programme as Prometheus gauges, tagged with the programme id, so
 * dashboards and alerts need no token. Only activity counts are exported: they describe the
 * programme, not people, so no figure here needs suppression. The values are recomputed on a
 * timer rather than per scrape, so a scrape never waits for the database.
 */
@ApplicationScoped
public class KpiGauges {

    private static final Logger LOG = Logger.getLogger(KpiGauges.class);

    private static final String HEADLINE = """
            select k.program_id::text,
                   (select count(*) from participant p where p.program_id = k.program_id and p.enrolled_at is not null
                        and p.role is not null),
                   (select count(*) from match m where m.program_id = k.program_id and m.accepted_at is not null),
                   (select count(*) from mentorship m where m.program_id = k.program_id and m.started_at is not null),
                   (select count(*) from session s where s.program_id = k.program_id and s.status = 'COMPLETED'),
                   (select count(*) from feedback f where f.program_id = k.program_id)
            from program_kpi k""";

    private static final Map<String, String> GAUGES = new LinkedHashMap<>();

    static {
        GAUGES.put("upward.analytics.participants.enrolled", "Participants enrolled in the programme, mentors and mentees");
        GAUGES.put("upward.analytics.matches.accepted", "Matches both people accepted");
        GAUGES.put("upward.analytics.mentorships.started", "Mentorships started");
        GAUGES.put("upward.analytics.sessions.completed", "Sessions held");
        GAUGES.put("upward.analytics.feedback.submitted", "Session feedback forms submitted");
    }

    private final Pool database;
    private final Vertx vertx;
    private final AnalyticsConfig config;
    private final List<MultiGauge> gauges = new ArrayList<>();
    private long timer = -1;

    public KpiGauges(Pool database, Vertx vertx, AnalyticsConfig config, MeterRegistry metrics) {
        this.database = database;
        this.vertx = vertx;
        this.config = config;
        GAUGES.forEach((name, description) -> gauges.add(MultiGauge.builder(name).description(description).register(metrics)));
    }

    void start(@Observes StartupEvent ignored) {
        timer = vertx.setPeriodic(config.gauges().interval().toMillis(), id -> refresh());
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void refresh() {
        database.query(HEADLINE).execute().subscribe().with(rows -> {
            List<List<MultiGauge.Row<?>>> values = new ArrayList<>();
            gauges.forEach(g -> values.add(new ArrayList<>()));
            for (Row row : rows) {
                Tags tags = Tags.of("program", row.getString(0));
                for (int i = 0; i < gauges.size(); i++) {
                    values.get(i).add(MultiGauge.Row.of(tags, row.getLong(i + 1)));
                }
            }
            for (int i = 0; i < gauges.size(); i++) {
                gauges.get(i).register(values.get(i), true);
            }
        }, failure -> LOG.warnf("KPI gauges not refreshed: %s", failure.getMessage()));
    }
}
