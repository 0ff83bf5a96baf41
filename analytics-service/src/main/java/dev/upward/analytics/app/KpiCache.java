package dev.upward.analytics.app;

import dev.upward.analytics.domain.ProgramKpis;
import dev.upward.analytics.persistence.KpiVersions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The last computed KPI document of each programme, with the change marks and the day it was
 * computed at. Computing a large programme's KPIs reads tens of thousands of rows, while they
 * change only when a batch touches the programme; so a document is computed once per change and
 * served from memory until the marks (or the day, which moves the retention window) differ.
 * Requests that arrive while it is being computed wait for the same computation. A failed
 * computation is not kept.
 */
@ApplicationScoped
public class KpiCache {

    /** Enough for every programme of a large organisation; the least recently read go first. */
    private static final int PROGRAMS = 2_000;

    public record Key(KpiVersions.Version version, LocalDate today) {
    }

    private record Entry(Key key, Uni<ProgramKpis> kpis) {
    }

    private final Map<UUID, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Entry> eldest) {
            return size() > PROGRAMS;
        }
    };

    public Uni<ProgramKpis> get(UUID programId, Key key, Supplier<Uni<ProgramKpis>> compute) {
        Entry entry;
        synchronized (entries) {
            entry = entries.get(programId);
            if (entry == null || !entry.key().equals(key)) {
                entry = new Entry(key, compute.get().memoize().indefinitely());
                entries.put(programId, entry);
            }
        }
        Entry used = entry;
        return used.kpis().onFailure().invoke(() -> forget(programId, used));
    }

    private void forget(UUID programId, Entry failed) {
        synchronized (entries) {
            entries.remove(programId, failed);
        }
    }
}
