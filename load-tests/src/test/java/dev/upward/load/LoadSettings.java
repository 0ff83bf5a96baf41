package dev.upward.load;

import java.nio.file.Path;

/**
 * What a run does, from system properties set by load-tests/run.sh. Rates are arrivals per
 * second of each kind of visitor, multiplied by {@code load.scale}.
 */
record LoadSettings(String mode, int durationSeconds, double scale, int pairs, double hrisPerSecond, int sampleSeconds,
                    Path stateDir, Path outputDir) {

    static LoadSettings fromSystemProperties() {
        String mode = System.getProperty("load.mode", "load");
        if (!mode.matches("load|faults|soak")) {
            throw new IllegalArgumentException("load.mode must be load, faults or soak, not " + mode);
        }
        int defaultDuration = switch (mode) {
            case "faults" -> 480;
            case "soak" -> 1800;
            default -> 180;
        };
        return new LoadSettings(mode,
                Integer.getInteger("load.duration", defaultDuration),
                Double.parseDouble(System.getProperty("load.scale", "soak".equals(mode) ? "0.5" : "1")),
                Integer.getInteger("load.pairs", 40),
                Double.parseDouble(System.getProperty("load.hris-per-second", "20")),
                Integer.getInteger("load.sample-seconds", "soak".equals(mode) ? 30 : 10),
                Path.of(System.getProperty("load.state-dir", System.getProperty("user.home") + "/.cache/upward/run")),
                Path.of(System.getProperty("load.output-dir", "target/load-results")));
    }

    double rate(double perSecond) {
        return perSecond * scale;
    }

    boolean faults() {
        return "faults".equals(mode);
    }
}
