package dev.upward.platform;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress lines for people watching a start: what is happening and how long it took. */
public final class Console {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Console() {
    }

    public static void step(String message) {
        System.out.println("[" + LocalTime.now().format(CLOCK) + "] " + message + " ...");
        System.out.flush();
    }

    public static void done(String message, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        System.out.printf("[%s] %s (%.1f s)%n", LocalTime.now().format(CLOCK), message, seconds);
        System.out.flush();
    }

    public static void info(String message) {
        System.out.println("[" + LocalTime.now().format(CLOCK) + "] " + message);
        System.out.flush();
    }
}
