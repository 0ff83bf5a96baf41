package dev.upward.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServersTest {

    @TempDir
    Path dir;

    @Test
    void postgresStartsWithTheRequestedDatabasesAndStopsCleanly() throws Exception {
        Path data = Path.of(System.getProperty("java.io.tmpdir"), "upward-test-pg-" + ProcessHandle.current().pid(), "data");
        int port = Waits.freePort();
        try (PostgresServer postgres = PostgresServer.start(data, port, List.of("alpha", "beta"), dir.resolve("pg.log"))) {
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("beta"),
                    PostgresServer.USER, PostgresServer.PASSWORD);
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select current_database(), version()")) {
                assertTrue(result.next());
                assertEquals("beta", result.getString(1));
                assertTrue(result.getString(2).startsWith("PostgreSQL 17"));
            }
        } finally {
            Archives.deleteRecursively(data.getParent());
        }
        assertFalse(Waits.portOpen(port), "PostgreSQL still listening after close");
    }

    @Test
    void kafkaBrokerStartsInKraftModeAndStopsCleanly() {
        int port = Waits.freePort();
        int controllerPort = Waits.freePort();
        try (KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), port, controllerPort, dir.resolve("kafka.log"))) {
            assertTrue(Waits.portOpen(port));
            assertEquals("127.0.0.1:" + port, kafka.bootstrapServers());
        }
        assertFalse(Waits.portOpen(port), "Kafka still listening after close");
    }
}
