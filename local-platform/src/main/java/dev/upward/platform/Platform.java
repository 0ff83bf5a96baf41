package dev.upward.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;

/**
 * The whole Upward platform on one machine: PostgreSQL, Kafka and Keycloak as real servers,
 * then the five services. {@code run} stays in the foreground until Ctrl-C or {@code stop}.
 */
public final class Platform {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int KEYCLOAK_PORT = 8180;

    private final Path repositoryRoot;
    private final Path stateDir;
    private final List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());
    private final List<ServiceProcess> services = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopping;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;

    Platform(Path repositoryRoot, Path stateDir) {
        this.repositoryRoot = repositoryRoot;
        this.stateDir = stateDir;
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("upward.root", ".")).toAbsolutePath().normalize();
        String stateOverride = System.getenv("UPWARD_STATE_DIR");
        Path state = stateOverride == null || stateOverride.isBlank()
                ? Artifacts.cacheDir().resolve("run") : Path.of(stateOverride).toAbsolutePath();
        Platform platform = new Platform(root, state);
        String command = args.length == 0 ? "run" : args[0];
        try {
            switch (command) {
                case "run" -> platform.run(java.util.Arrays.asList(args).contains("--demo"));
                case "demo" -> platform.loadDemo();
                case "bench-hris" -> platform.benchWithParticipantPid(dev.upward.platform.tools.HrisIngestBenchmark.class,
                        java.util.Arrays.asList(args).subList(1, args.length));
                case "bench-relay" -> platform.benchWithParticipantPid(dev.upward.platform.tools.OutboxRelayBenchmark.class,
                        java.util.Arrays.asList(args).subList(1, args.length));
                case "stop" -> platform.stop();
                case "status" -> platform.status();
                default -> {
                    System.err.println("usage: upward run [--demo]|demo|stop|status|bench-hris [--events N] [--import-rows M]|bench-relay [--rows N]");
                    System.exit(2);
                }
            }
        } catch (PlatformException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(1);
        }
    }

    void run(boolean demo) {
        Optional<ProcessHandle> running = runningLauncher();
        if (running.isPresent()) {
            Console.info("the platform is already running (pid " + running.get().pid() + "); not starting a second copy");
            printSummary();
            if (demo) {
                loadDemo();
            }
            return;
        }
        PidFiles pids = new PidFiles(stateDir.resolve("pids"));
        pids.killLeftovers();
        requirePortsFree();
        if ("1".equals(System.getenv("UPWARD_FRESH"))) {
            Console.info("UPWARD_FRESH=1: starting from empty databases and topics");
            Archives.deleteRecursively(stateDir.resolve("kafka"));
            Archives.deleteRecursively(postgresDataDir());
        }
        pids.write("platform", ProcessHandle.current().pid());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            shutdown(pids);
            stopped.countDown();
        }, "upward-shutdown"));

        long started = System.nanoTime();
        try {
            startAll(pids);
        } catch (RuntimeException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.err.println("Stopping what was started; logs are in " + logs());
            System.exit(1);
        }
        Console.done("all ready", started);
        printSummary();
        if (demo) {
            try {
                dev.upward.platform.tools.Tools.run(dev.upward.platform.tools.DemoOrganisation.class, List.of());
            } catch (PlatformException e) {
                System.err.println("WARN: " + e.getMessage() + "; the platform keeps running, retry with ./upward demo");
            }
        }
        Console.info("the platform is up; press Ctrl-C here or run ./upward stop to stop it");
        try {
            while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
                try {
                    restartCrashedServers(pids);
                    restartCrashedServices(pids);
                } catch (RuntimeException e) {
                    // a restart that failed is tried again on the next round
                    System.err.println("WARN: " + e.getMessage());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Loads the demo organisation into the platform running from another terminal. */
    void loadDemo() {
        requireRunning(() -> dev.upward.platform.tools.Tools.run(dev.upward.platform.tools.DemoOrganisation.class, List.of()));
    }

    /** These benchmarks need participant-service's pid to hold it while a backlog builds up. */
    void benchWithParticipantPid(Class<?> benchmark, List<String> args) {
        requireRunning(() -> {
            long pid = new PidFiles(stateDir.resolve("pids")).read("participant-service")
                    .orElseThrow(() -> new PlatformException("participant-service is not running"));
            List<String> all = new ArrayList<>(args);
            all.addAll(List.of("--service-pid", Long.toString(pid)));
            dev.upward.platform.tools.Tools.run(benchmark, all);
        });
    }

    void requireRunning(Runnable action) {
        if (runningLauncher().isEmpty()) {
            throw new PlatformException("the platform is not running; start it with ./upward run (in another terminal)");
        }
        action.run();
    }

    /**
     * Like a Kubernetes restart policy: a service that exits while the platform runs (it
     * crashed, or someone killed it) is started again and awaited until ready.
     */
    private void restartCrashedServices(PidFiles pids) {
        List<ServiceProcess> snapshot;
        synchronized (services) {
            snapshot = new ArrayList<>(services);
        }
        for (ServiceProcess service : snapshot) {
            if (stopping || service.isAlive()) {
                continue;
            }
            ServiceSpec spec = service.spec();
            Console.info(spec.name() + " exited; restarting it");
            ServiceProcess restarted = ServiceProcess.launch(repositoryRoot, spec, postgres, kafka, keycloak,
                    logs().resolve(spec.name() + ".log"));
            started.remove(service);
            started.add(restarted);
            services.set(services.indexOf(service), restarted);
            pids.write(spec.name(), restarted.pid());
            try {
                restarted.awaitReady(Duration.ofSeconds(180));
            } catch (PlatformException e) {
                System.err.println("WARN: " + e.getMessage());
            }
        }
    }

    /**
     * A broker or database that went away (a crash, or a restart forced from outside) comes
     * back on the same data and port, as a StatefulSet pod would; the services reconnect.
     */
    private void restartCrashedServers(PidFiles pids) {
        if (stopping) {
            return;
        }
        if (!postgres.isAlive()) {
            Console.info("PostgreSQL exited; restarting it on the same data directory");
            PostgresServer dead = postgres;
            postgres = PostgresServer.start(postgresDataDir(), POSTGRES_PORT, ServiceSpec.databases(),
                    logs().resolve("postgresql.log"));
            replaceStarted(dead, postgres);
            pids.write("postgresql", postgres.pid());
        }
        if (!kafka.isAlive()) {
            Console.info("Kafka exited; restarting it on the same log directories");
            KafkaBroker dead = kafka;
            kafka = KafkaBroker.start(stateDir.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT,
                    logs().resolve("kafka.log"));
            replaceStarted(dead, kafka);
            pids.write("kafka", kafka.pid());
        }
    }

    private void replaceStarted(AutoCloseable dead, AutoCloseable replacement) {
        synchronized (started) {
            int at = started.indexOf(dead);
            if (at >= 0) {
                started.set(at, replacement);
            } else {
                started.add(replacement);
            }
        }
    }

    private void startAll(PidFiles pids) {
        Path realm = repositoryRoot.resolve("deploy/keycloak/upward-realm.json");
        Console.step("starting Keycloak " + Artifacts.keycloakVersion() + " (the slowest part, about 20 s)");
        CompletableFuture<KeycloakServer> keycloakFuture = CompletableFuture.supplyAsync(
                () -> remember(KeycloakServer.start(realm, KEYCLOAK_PORT, logs().resolve("keycloak.log"))));

        Console.step("starting PostgreSQL " + Artifacts.postgresVersion());
        postgres = remember(PostgresServer.start(postgresDataDir(), POSTGRES_PORT,
                ServiceSpec.databases(), logs().resolve("postgresql.log")));
        pids.write("postgresql", postgres.pid());

        Console.step("starting Kafka " + Artifacts.kafkaVersion());
        kafka = remember(KafkaBroker.start(stateDir.resolve("kafka"), KAFKA_PORT,
                KAFKA_CONTROLLER_PORT, logs().resolve("kafka.log")));
        pids.write("kafka", kafka.pid());

        keycloak = join(keycloakFuture);
        pids.write("keycloak", keycloak.pid());

        Console.step("starting the five services");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            ServiceProcess service = remember(ServiceProcess.launch(repositoryRoot, spec, postgres, kafka, keycloak,
                    logs().resolve(spec.name() + ".log")));
            pids.write(spec.name(), service.pid());
            services.add(service);
        }
        for (ServiceProcess service : List.copyOf(services)) {
            service.awaitReady(Duration.ofSeconds(180));
        }
    }

    private <T extends AutoCloseable> T remember(T server) {
        started.add(server);
        return server;
    }

    private static KeycloakServer join(CompletableFuture<KeycloakServer> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new PlatformException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while starting Keycloak");
        }
    }

    /** Stops in reverse order of start: services first, then the servers they use. */
    private void shutdown(PidFiles pids) {
        List<AutoCloseable> toStop;
        synchronized (started) {
            toStop = new ArrayList<>(started);
        }
        if (toStop.isEmpty()) {
            pids.clear();
            return;
        }
        Console.info("stopping the platform");
        Collections.reverse(toStop);
        toStop.parallelStream().filter(ServiceProcess.class::isInstance).forEach(Platform::closeQuietly);
        toStop.stream().filter(c -> !(c instanceof ServiceProcess)).forEach(Platform::closeQuietly);
        pids.clear();
        Console.info("platform stopped");
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("WARN: while stopping: " + e.getMessage());
        }
    }

    void stop() {
        Optional<ProcessHandle> running = runningLauncher();
        PidFiles pids = new PidFiles(stateDir.resolve("pids"));
        if (running.isEmpty()) {
            pids.killLeftovers();
            Console.info("the platform is not running");
            return;
        }
        long started = System.nanoTime();
        Console.step("stopping the platform (pid " + running.get().pid() + ")");
        Signals.send(running.get().pid(), "TERM");
        try {
            running.get().onExit().get(120, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            Console.info("the platform did not stop in time; killing what is left");
        }
        pids.killLeftovers();
        List<Integer> busy = busyPorts();
        if (!busy.isEmpty()) {
            throw new PlatformException("ports still in use after stop: " + busy);
        }
        Console.done("platform stopped, no ports left open", started);
    }

    void status() {
        Optional<ProcessHandle> running = runningLauncher();
        if (running.isEmpty()) {
            Console.info("the platform is not running");
            System.exit(3);
        }
        Console.info("the platform is running (pid " + running.get().pid() + ")");
        printSummary();
    }

    private Optional<ProcessHandle> runningLauncher() {
        return new PidFiles(stateDir.resolve("pids")).read("platform")
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.pid() != ProcessHandle.current().pid());
    }

    private void requirePortsFree() {
        List<Integer> busy = busyPorts();
        if (!busy.isEmpty()) {
            throw new PlatformException("ports " + busy + " are already in use by something else; stop it "
                    + "(ss -ltnp shows which process holds them) and run again");
        }
    }

    private static List<Integer> busyPorts() {
        List<Integer> ports = new ArrayList<>(List.of(POSTGRES_PORT, KAFKA_PORT, KAFKA_CONTROLLER_PORT, KEYCLOAK_PORT));
        ServiceSpec.ALL.forEach(spec -> ports.add(spec.port()));
        return ports.stream().filter(Waits::portOpen).toList();
    }

    private Path logs() {
        return stateDir.resolve("logs");
    }

    /** PostgreSQL's data must be reachable by its own user, which under root is not the caller. */
    private Path postgresDataDir() {
        Path base = "root".equals(System.getProperty("user.name"))
                ? Path.of(System.getProperty("java.io.tmpdir"),
                        "upward-postgres-" + Integer.toHexString(stateDir.toString().hashCode()))
                : stateDir;
        try {
            Files.createDirectories(base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return base.resolve("postgres");
    }

    private void printSummary() {
        StringBuilder out = new StringBuilder("\n");
        out.append(String.format("  %-20s %-24s %s%n", "SERVICE", "URL", "SWAGGER UI"));
        for (ServiceSpec spec : ServiceSpec.ALL) {
            out.append(String.format("  %-20s %-24s %s%n", spec.name(), spec.url(), spec.url() + "/q/swagger-ui"));
        }
        out.append('\n');
        out.append(String.format("  %-20s %s (admin console: admin / admin)%n", "Keycloak", "http://localhost:" + KEYCLOAK_PORT));
        out.append(String.format("  %-20s %s%n", "Token endpoint", "http://localhost:" + KEYCLOAK_PORT
                + "/realms/upward/protocol/openid-connect/token (client upward-frontend)"));
        out.append(String.format("  %-20s %s%n", "Kafka bootstrap", "127.0.0.1:" + KAFKA_PORT));
        out.append(String.format("  %-20s %s%n", "PostgreSQL", "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT
                + "/<service> (user " + PostgresServer.USER + ", password " + PostgresServer.PASSWORD + ")"));
        out.append(String.format("  %-20s %s%n", "Logs", logs()));
        out.append('\n');
        out.append(String.format("  %-14s %-10s %-28s %s%n", "DEMO USER", "PASSWORD", "ROLES", ""));
        for (DemoUser user : DemoUser.ALL) {
            out.append(String.format("  %-14s %-10s %-28s %s%n", user.username(), user.password(), user.roles(), user.note()));
        }
        System.out.println(out);
        System.out.flush();
    }
}
