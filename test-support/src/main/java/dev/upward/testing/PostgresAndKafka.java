package dev.upward.testing;

import dev.upward.platform.Archives;
import dev.upward.platform.KafkaBroker;
import dev.upward.platform.PostgresServer;
import dev.upward.platform.Waits;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a real PostgreSQL server and a real Kafka broker for a service's {@code @QuarkusTest}s
 * and points the application at them; both are stopped and their data deleted afterwards.
 * Also configures token verification against the test signing key of {@link TestTokens}.
 */
public class PostgresAndKafka implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "upward_test";

    private Path workDir;
    private PostgresServer postgres;
    private KafkaBroker kafka;

    @Override
    public Map<String, String> start() {
        try {
            // Under the temp dir, not a Maven target dir: under root PostgreSQL runs as another
            // user, which must be able to reach its data directory.
            workDir = Files.createTempDirectory("upward-test-");
            Files.setPosixFilePermissions(workDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres = PostgresServer.start(workDir.resolve("postgres"), Waits.freePort(), List.of(DATABASE),
                workDir.resolve("postgres.log"));
        kafka = KafkaBroker.start(workDir.resolve("kafka"), Waits.freePort(), Waits.freePort(),
                workDir.resolve("kafka.log"));

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(DATABASE));
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE));
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.oidc.public-key", TestTokens.publicKeyBase64());
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        // A packaged service runs in the prod profile, which names the realm's server; an empty
        // value unsets it, so the token is verified with the public key above, as in @QuarkusTest.
        config.put("quarkus.oidc.auth-server-url", "");
        return config;
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (workDir != null) {
            Archives.deleteRecursively(workDir);
        }
    }
}
