package dev.upward.analytics.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of named process trees (a process and all its descendants, which covers
 * PostgreSQL's backends), read from {@code /proc}, so a benchmark can say which process the
 * cores went to. Answers nothing on systems without {@code /proc}.
 */
final class CpuTime {

    /** USER_HZ: the unit of utime and stime in /proc/<pid>/stat on Linux. */
    private static final double TICKS_PER_SECOND = 100.0;

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
        roots.forEach((name, pid) -> seconds.put(name, treeTicks(pid) / TICKS_PER_SECOND));
        return seconds;
    }

    /** Ticks of {@code root} and all its descendants: PostgreSQL's backends are its grandchildren under runuser. */
    private static long treeTicks(long root) {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                String[] stat = stat(p);
                if (stat != null) {
                    long pid = Long.parseLong(p.getFileName().toString());
                    // fields after the command: state(0) ppid(1) ... utime(11) stime(12)
                    parents.put(pid, Long.parseLong(stat[1]));
                    ticks.put(pid, Long.parseLong(stat[11]) + Long.parseLong(stat[12]));
                }
            });
        } catch (IOException e) {
            return 0;
        }
        long sum = 0;
        for (Map.Entry<Long, Long> process : ticks.entrySet()) {
            for (Long p = process.getKey(); p != null && p > 1; p = parents.get(p)) {
                if (p == root) {
                    sum += process.getValue();
                    break;
                }
            }
        }
        return sum;
    }

    /** The fields of /proc/<pid>/stat after the command name, which may itself hold spaces. */
    private static String[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null; // the process ended while being read
        }
    }
}
