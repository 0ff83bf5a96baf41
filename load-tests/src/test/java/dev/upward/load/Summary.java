package dev.upward.load;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the run found besides Gatling's per-request figures, as Markdown in the output
 * directory (summary.md) and on the console; problems.txt lists reconciliation failures, one
 * per line, and is empty when everything was found exactly once.
 */
final class Summary {

    private final LoadSettings settings;
    private final List<String> lines = new ArrayList<>();
    private List<String> problems = List.of();

    Summary(LoadSettings settings) {
        this.settings = settings;
        lines.add("# Load run: " + settings.mode() + ", " + settings.durationSeconds() + " s, scale " + settings.scale() + ", "
                + settings.pairs() + " pairs");
    }

    void hris(long sent, long failed, double perSecond) {
        lines.add("");
        lines.add(String.format(Locale.ROOT, "HRIS stream: %d hires sent (%.1f/s), %d not acknowledged by the broker", sent,
                perSecond, failed));
    }

    void faults(List<FaultInjector.Outcome> outcomes) {
        lines.add("");
        lines.add("| fault | every service ready again after |");
        lines.add("|---|---|");
        outcomes.forEach(o -> lines.add(String.format(Locale.ROOT, "| %s | %.1f s |", o.fault(), o.secondsUntilReady())));
    }

    void resources(List<String> rows) {
        lines.add("");
        lines.add("| process | RSS MB first | RSS MB max | RSS MB last | heap MB first / max / last |");
        lines.add("|---|---|---|---|---|");
        lines.addAll(rows);
    }

    void reconciliation(Reconciliation result) {
        lines.add("");
        lines.add("Reconciliation:");
        result.facts().forEach(f -> lines.add("- " + f));
        problems = result.problems();
        lines.add(problems.isEmpty() ? "- every acknowledged write found, every effect counted exactly once"
                : "- PROBLEMS: " + String.join("; ", problems));
    }

    void write() throws IOException {
        Files.createDirectories(settings.outputDir());
        Files.write(settings.outputDir().resolve("summary.md"), lines);
        Files.write(settings.outputDir().resolve("problems.txt"), problems);
        lines.forEach(System.out::println);
    }
}
