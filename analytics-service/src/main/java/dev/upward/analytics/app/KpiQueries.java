package dev.upward.analytics.app;

import dev.upward.analytics.domain.KpiCalculator;
import dev.upward.analytics.domain.ProgramFacts;
import dev.upward.analytics.domain.ProgramKpis;
import dev.upward.analytics.domain.RetentionWindow;
import dev.upward.analytics.domain.WeeklySeries;
import dev.upward.analytics.persistence.FactReads;
import dev.upward.analytics.persistence.KpiVersions;
import dev.upward.commons.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads a programme's facts and hands them to the pure KPI maths. */
@ApplicationScoped
public class KpiQueries {

    private final FactReads facts;
    private final KpiVersions versions;
    private final KpiCache cache;
    private final Clock clock;

    public KpiQueries(FactReads facts, KpiVersions versions, KpiCache cache, Clock clock) {
        this.facts = facts;
        this.versions = versions;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * The marks are read before any fact: a document computed after them is at least as new as
     * they say, and any later change gives them a new value, so a kept document is never stale.
     */
    public Uni<ProgramKpis> kpis(UUID programId) {
        LocalDate today = LocalDate.now(clock);
        return versions.of(programId).flatMap(version -> cache.get(programId, new KpiCache.Key(version, today),
                () -> compute(programId, today)));
    }

    private Uni<ProgramKpis> compute(UUID programId, LocalDate today) {
        return program(programId).flatMap(p -> {
            Optional<RetentionWindow> window = RetentionWindow.of(p.startsOn(), p.endsOn(), today);
            return facts.facts(p, window).map(f -> KpiCalculator.compute(f, window));
        });
    }

    /** The weekly series between two days; by default from the first activity (or the start) to this week. */
    public Uni<List<WeeklySeries.Week>> weekly(UUID programId, LocalDate from, LocalDate to) {
        return program(programId).flatMap(p -> Uni.combine().all()
                .unis(facts.weeklyCounts(programId), facts.weeklyRatings(programId), facts.raters(programId))
                .asTuple().map(t -> {
                    LocalDate today = LocalDate.now(clock);
                    LocalDate first = from != null ? from : t.getItem1().stream().map(WeeklySeries.Count::week)
                            .min(LocalDate::compareTo).map(d -> p.startsOn() != null && p.startsOn().isBefore(d) ? p.startsOn() : d)
                            .orElse(p.startsOn() != null ? p.startsOn() : today);
                    LocalDate last = to != null ? to : t.getItem1().stream().map(WeeklySeries.Count::week)
                            .max(LocalDate::compareTo).map(d -> d.isAfter(today) ? d : today).orElse(today);
                    if (last.isBefore(first)) {
                        last = first;
                    }
                    return WeeklySeries.of(first, last, t.getItem1(), t.getItem2(), t.getItem3());
                }));
    }

    private Uni<ProgramFacts.Program> program(UUID programId) {
        return facts.program(programId).map(p -> p.orElseThrow(() -> ProblemException.notFound("programme", programId)));
    }
}
