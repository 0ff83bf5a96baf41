package dev.upward.analytics.app;

import dev.upward.analytics.persistence.HeadlineCounts;
import dev.upward.analytics.persistence.HeadlineCounts.Activity;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Headline activity of every programme as Prometheus gauges, tagged with the programme id, so
 * dashboards and alerts need no token. Only activity counts are exported: they describe the
 * programme, not people, so no figure here needs suppression. The values are recomputed on a
 * timer rather than per scrape, so a scrape never waits for the database.
 */
@ApplicationScoped
public class RefreshKpiGauges {

    private static final Logger LOG = Logger.getLogger(RefreshKpiGauges.class);

    private record Gauge(String name, String description) {
    }

    /** In the order of {@link Activity}, which is the order of each programme's counts. */
    private static final Map<Activity, Gauge> GAUGES = new EnumMap<>(Map.of(
            Activity.PARTICIPANTS_ENROLLED, new Gauge("upward.analytics.participants.enrolled",
                    "Participants enrolled in the programme, mentors and mentees"),
            Activity.MATCHES_ACCEPTED, new Gauge("upward.analytics.matches.accepted", "Matches both people accepted"),
            Activity.MENTORSHIPS_STARTED, new Gauge("upward.analytics.mentorships.started", "Mentorships started"),
            Activity.SESSIONS_COMPLETED, new Gauge("upward.analytics.sessions.completed", "Sessions held"),
            Activity.FEEDBACK_SUBMITTED, new Gauge("upward.analytics.feedback.submitted", "Session feedback forms submitted")));

    private final HeadlineCounts headlines;
    private final List<MultiGauge> gauges = new ArrayList<>();

    public RefreshKpiGauges(HeadlineCounts headlines, MeterRegistry metrics) {
        this.headlines = headlines;
        GAUGES.values().forEach(g -> gauges.add(MultiGauge.builder(g.name()).description(g.description()).register(metrics)));
    }

    /** A failed refresh leaves the last values in place; the next run tries again. */
    public Uni<Void> refresh() {
        return headlines.all().invoke(this::publish)
                .onFailure().invoke(failure -> LOG.warnf("KPI gauges not refreshed: %s", failure.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private void publish(List<HeadlineCounts.Counts> all) {
        List<List<MultiGauge.Row<?>>> values = new ArrayList<>();
        gauges.forEach(g -> values.add(new ArrayList<>()));
        for (HeadlineCounts.Counts counts : all) {
            Tags tags = Tags.of("program", counts.programId());
            for (int i = 0; i < gauges.size(); i++) {
                values.get(i).add(MultiGauge.Row.of(tags, counts.values()[i]));
            }
        }
        for (int i = 0; i < gauges.size(); i++) {
            gauges.get(i).register(values.get(i), true);
        }
    }
}
