package dev.upward.commons.problem;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DependencyOutageTest {

    @Test
    void aRefusedConnectionDeepInTheChainIsAnOutage() {
        assertTrue(DependencyOutage.isOutage(new CompletionException(new IllegalStateException("wrapped",
                new ConnectException("Connection refused: /127.0.0.1:15432")))));
    }

    @Test
    void aConnectionClosedOrResetUnderARequestIsAnOutage() {
        assertTrue(DependencyOutage.isOutage(new RuntimeException(ClosedConnectionException.INSTANCE)));
        assertTrue(DependencyOutage.isOutage(new RuntimeException(new java.net.SocketException("Connection reset"))));
    }

    @Test
    void postgresShuttingDownOrRecoveringIsAnOutage() {
        assertTrue(DependencyOutage.isOutage(new PgException("the database system is not yet accepting connections", "FATAL",
                "57P03", null)));
        assertTrue(DependencyOutage.isOutage(new PgException("terminating connection due to administrator command", "FATAL",
                "57P01", null)));
        assertTrue(DependencyOutage.isOutage(new PgException("connection failure", "FATAL", "08006", null)));
    }

    @Test
    void dataErrorsAndBugsAreNot() {
        assertFalse(DependencyOutage.isOutage(new PgException("duplicate key", "ERROR", "23505", null)));
        assertFalse(DependencyOutage.isOutage(new PgException("syntax error", "ERROR", "42601", null)));
        assertFalse(DependencyOutage.isOutage(new NullPointerException()));
    }
}
