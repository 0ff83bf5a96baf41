package dev.upward.analytics.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of named process trees (a process and all its descendants, which covers
 * PostgreSQL's backends under runuser), so a benchmark can say which process the cores went to.
 */
final class CpuTime {

    private final Map<String, Long> roots;
    private Map<String, Double> marked = Map.of();

    CpuTime(Map<String, Long> roots) {
        this.roots = new LinkedHashMap<>(roots);
    }

    void mark() {
        marked = read();
    }

    /** CPU seconds per process since {@link #mark()}, with each as a share of the elapsed wall time. */
    String sinceMark(double elapsedSeconds) {
        Map<String, Double> now = read();
        StringBuilder out = new StringBuilder();
        double sum = 0;
        for (Map.Entry<String, Double> entry : now.entrySet()) {
            double used = entry.getValue() - marked.getOrDefault(entry.getKey(), 0.0);
            sum += used;
            out.append(String.format("%s %.1f s (%.0f %% of a core), ", entry.getKey(), used, 100 * used / elapsedSeconds));
        }
        return out.append(String.format("together %.0f %% of a core", 100 * sum / elapsedSeconds)).toString();
    }

    private Map<String, Double> read() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        roots.forEach((name, pid) -> seconds.put(name, ProcessHandle.of(pid)
                .map(root -> Stream.concat(Stream.of(root), root.descendants())
                        .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum() / 1e9)
                .orElse(0.0)));
        return seconds;
    }
}
