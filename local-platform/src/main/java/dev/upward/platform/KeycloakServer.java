package dev.upward.platform;

import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak server from the distribution on Maven Central, in development mode with
 * its file database, importing the {@code upward} realm at every start. Its state is wiped
 * before each start so the realm file stays the single source of truth.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "upward";

    private final int port;
    private final ManagedProcess process;

    private KeycloakServer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    public static KeycloakServer start(Path realmFile, int port, Path logFile) {
        if (!Files.isRegularFile(realmFile)) {
            throw new PlatformException("realm file " + realmFile + " not found");
        }
        long started = System.nanoTime();
        Path home = installation();
        try {
            Archives.deleteRecursively(home.resolve("data"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(logFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = "http://localhost:" + port;
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--hostname=" + url, "--import-realm", "--cache=local");
        Map<String, String> environment = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        ManagedProcess process = ManagedProcess.start("keycloak", command, home, environment, logFile, "TERM");
        KeycloakServer server = new KeycloakServer(port, process);
        Waits.until("Keycloak realm '" + REALM + "' on port " + port, Duration.ofSeconds(180), process,
                () -> Waits.httpStatus(server.issuer() + "/.well-known/openid-configuration") == 200);
        Console.done("Keycloak " + Artifacts.keycloakVersion() + " ready at " + url, started);
        return server;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }

    private static Path installation() {
        Path target = Artifacts.cacheDir().resolve("keycloak-" + Artifacts.keycloakVersion());
        return Archives.extractOnce(target, "Keycloak " + Artifacts.keycloakVersion(), KeycloakServer::distributionStream);
    }

    private static InputStream distributionStream() {
        try {
            return new GzipCompressorInputStream(Files.newInputStream(Artifacts.keycloakDistribution()));
        } catch (IOException e) {
            throw new PlatformException("cannot open the Keycloak distribution: " + e.getMessage(), e);
        }
    }
}
