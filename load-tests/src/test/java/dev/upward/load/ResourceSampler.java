package dev.upward.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Heap (from each service's /q/metrics) and RSS (from /proc) of every platform process, every
 * few seconds, into a CSV; a summary per process at the end: first, highest and last reading.
 */
final class ResourceSampler {

    private static final String[] PROCESSES = {"participant-service", "matching-service", "session-service", "feedback-service",
            "analytics-service", "kafka", "postgresql", "keycloak"};

    private final Processes processes;
    private final Path csv;
    private final int everySeconds;
    private final Map<String, List<double[]>> readings = new LinkedHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    ResourceSampler(Processes processes, Path csv, int everySeconds) {
        this.processes = processes;
        this.csv = csv;
        this.everySeconds = everySeconds;
        thread = new Thread(this::sample, "resource-sampler");
        thread.setDaemon(true);
    }

    void start() {
        try {
            Files.createDirectories(csv.getParent());
            Files.writeString(csv, "seconds,process,pid,rss_mb,heap_used_mb\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.start();
    }

    private void sample() {
        long started = System.nanoTime();
        while (running) {
            double at = (System.nanoTime() - started) / 1e9;
            StringBuilder lines = new StringBuilder();
            for (String name : PROCESSES) {
                long pid = processes.pid(name).orElse(-1);
                double rss = pid > 0 ? Processes.treeRssMegabytes(pid) : -1;
                double heap = name.endsWith("-service") ? heapMegabytes(Endpoints.urlOf(name)) : -1;
                synchronized (readings) {
                    readings.computeIfAbsent(name, n -> new ArrayList<>()).add(new double[]{at, rss, heap});
                }
                lines.append(String.format(Locale.ROOT, "%.0f,%s,%d,%.1f,%.1f%n", at, name, pid, rss, heap));
            }
            try {
                Files.writeString(csv, lines, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                Fixture.progress("cannot append to " + csv + ": " + e.getMessage());
            }
            try {
                Thread.sleep(everySeconds * 1000L);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Sum of jvm_memory_used_bytes over the heap pools, or -1 while the service is away. */
    static double heapMegabytes(String serviceUrl) {
        Http.Answer metrics = Http.get(serviceUrl + "/q/metrics", null);
        if (metrics.status() != 200) {
            return -1;
        }
        double bytes = 0;
        for (String line : metrics.body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return bytes / (1024 * 1024);
    }

    /** Stops sampling; one line per process: RSS and heap at the start, their highest and at the end. */
    List<String> stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(10_000);
        List<String> summary = new ArrayList<>();
        synchronized (readings) {
            readings.forEach((name, rows) -> {
                double[] first = rows.get(0);
                double[] last = rows.get(rows.size() - 1);
                double maxRss = rows.stream().mapToDouble(r -> r[1]).max().orElse(-1);
                double maxHeap = rows.stream().mapToDouble(r -> r[2]).max().orElse(-1);
                summary.add(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %s |", name, first[1], maxRss, last[1],
                        maxHeap < 0 ? "–" : String.format(Locale.ROOT, "%.0f / %.0f / %.0f", first[2], maxHeap, last[2])));
            });
        }
        return summary;
    }
}
