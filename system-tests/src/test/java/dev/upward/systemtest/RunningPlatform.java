package dev.upward.systemtest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform started exactly as a person starts it, with {@code ./upward run}, in a fresh
 * state directory; stopped with SIGTERM as Ctrl-C would.
 */
final class RunningPlatform {

    static final List<Integer> PORTS = List.of(8081, 8082, 8083, 8084, 8085, 8180, 9092, 9093, 15432);

    private static Process process;
    private static Path log;
    private static long readyMillis;

    private RunningPlatform() {
    }

    static synchronized void start() throws IOException, InterruptedException {
        if (process != null) {
            return;
        }
        Path root = Path.of(System.getProperty("upward.root", "..")).toAbsolutePath().normalize();
        Path target = root.resolve("system-tests/target");
        Files.createDirectories(target);
        log = target.resolve("platform.log");
        for (int port : PORTS) {
            if (portOpen(port)) {
                throw new IllegalStateException("port " + port + " is in use: stop a running platform "
                        + "(./upward stop) or whatever holds it before running the system tests");
            }
        }
        ProcessBuilder builder = new ProcessBuilder(root.resolve("upward").toString(), "run")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("UPWARD_STATE_DIR", target.resolve("platform-state").toString());
        builder.environment().put("UPWARD_FRESH", "1");
        long started = System.nanoTime();
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(RunningPlatform::stopQuietly));
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        while (!logText().contains("all ready")) {
            if (!process.isAlive()) {
                throw new IllegalStateException("./upward run exited with " + process.exitValue() + ":\n" + logText());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("platform not ready in 8 minutes:\n" + logText());
            }
            Thread.sleep(500);
        }
        readyMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("platform ready in " + readyMillis + " ms; log: " + log);
    }

    static String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Stops the platform like Ctrl-C does and reports whether every port was released. */
    static synchronized boolean stop() throws InterruptedException {
        if (process == null) {
            return true;
        }
        process.destroy();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        process = null;
        return PORTS.stream().noneMatch(RunningPlatform::portOpen);
    }

    private static void stopQuietly() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
