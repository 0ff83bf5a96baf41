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
    private static Path stateDir;
    private static long readyMillis;

    private RunningPlatform() {
    }

    /** With -Dupward.attach=true the tests use a platform already started by ./upward run, and leave it running. */
    private static final boolean ATTACH = Boolean.getBoolean("upward.attach");

    static synchronized void start() throws IOException, InterruptedException {
        if (process != null) {
            return;
        }
        if (ATTACH) {
            for (int port : PORTS) {
                if (!portOpen(port)) {
                    throw new IllegalStateException("-Dupward.attach=true but nothing listens on port " + port + ": start ./upward run first");
                }
            }
            stateDir = Path.of(System.getenv().getOrDefault("UPWARD_STATE_DIR",
                    System.getProperty("user.home") + "/.cache/upward/run"));
            System.out.println("attached to the running platform in " + stateDir);
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
        stateDir = target.resolve("platform-state");
        builder.environment().put("UPWARD_STATE_DIR", stateDir.toString());
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

    /** kill -9 of one service, as a crash would end it; the platform restarts it. */
    static void kill(String service) throws IOException {
        long pid = Long.parseLong(Files.readString(stateDir.resolve("pids/" + service + ".pid")).trim());
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(service + " is not running"));
        killedAt = System.nanoTime();
        handle.destroyForcibly();
        handle.onExit().join();
        System.out.println("killed " + service + " (pid " + pid + ") with SIGKILL");
    }

    /** Waits until a restarted service is ready again and reports how long recovery took. */
    static void awaitReady(String serviceUrl) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (io.restassured.RestAssured.given().baseUri(serviceUrl).get("/q/health/ready").statusCode() == 200) {
                    System.out.printf("%s ready again %.1f s after the kill%n", serviceUrl, (System.nanoTime() - killedAt) / 1e9);
                    return;
                }
            } catch (Exception notListeningYet) { // RestAssured rethrows ConnectException unchecked
                // connection refused while the service restarts
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(serviceUrl + " did not come back within 3 minutes:\n" + logText());
    }

    private static volatile long killedAt;

    static String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Stops the platform like Ctrl-C does and reports whether every port was released. */
    static synchronized boolean stop() throws InterruptedException {
        if (ATTACH) {
            return true;
        }
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
