package dev.upward.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A built Upward service (its Quarkus fast-jar) started as a child process. */
public final class ServiceProcess implements AutoCloseable {

    private final ServiceSpec spec;
    private final ManagedProcess process;
    private final long startedNanos;

    private ServiceProcess(ServiceSpec spec, ManagedProcess process, long startedNanos) {
        this.spec = spec;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    public static ServiceProcess launch(Path repositoryRoot, ServiceSpec spec, PostgresServer postgres,
                                        KafkaBroker kafka, KeycloakServer keycloak, Path logFile) {
        Path jar = repositoryRoot.resolve(spec.name()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new PlatformException(jar + " is missing: build it with ./mvnw -pl " + spec.name() + " -am package -DskipTests");
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString());
        Map<String, String> environment = Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(spec.port()),
                "QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(spec.database()),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(spec.database()),
                "QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER,
                "QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer());
        long started = System.nanoTime();
        ManagedProcess process = ManagedProcess.start(spec.name(), command, repositoryRoot, environment, logFile, "TERM");
        return new ServiceProcess(spec, process, started);
    }

    public void awaitReady(Duration timeout) {
        Waits.until(spec.name() + " readiness at " + spec.url() + "/q/health/ready", timeout, process,
                () -> Waits.httpStatus(spec.url() + "/q/health/ready") == 200);
        Console.done(spec.name() + " ready at " + spec.url(), startedNanos);
    }

    public ServiceSpec spec() {
        return spec;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }
}
