package dev.upward.platform.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The outbox relay's ceiling on a running local platform: participant-service is frozen
 * (SIGSTOP) while N committed-but-unpublished rows are written straight into its outbox, then
 * thawed (SIGCONT); the clock runs until the relay has marked all of them published. The rows
 * go to {@code upward.bench.v1}, a topic no service consumes, so nothing else is disturbed; they
 * are deleted afterwards.
 */
public final class OutboxRelayBenchmark {

    private static final String JDBC = "jdbc:postgresql://127.0.0.1:15432/participant";

    public static void main(String[] args) throws Exception {
        int rows = 20_000;
        long pid = 0;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--rows")) {
                rows = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--service-pid")) {
                pid = Long.parseLong(args[i + 1]);
            }
        }
        String prefix = "bench-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        try (Connection db = DriverManager.getConnection(JDBC, "upward", "upward")) {
            say("freezing participant-service (pid " + pid + ") and writing " + rows + " outbox rows");
            signal("STOP", pid);
            try {
                fill(db, prefix, rows);
            } finally {
                signal("CONT", pid);
            }
            long thawed = System.nanoTime();
            long pending = rows;
            long deadline = thawed + 600_000_000_000L;
            long lastReport = thawed;
            while (pending > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(pending + " rows still unpublished after 600 s");
                }
                PlatformClient.sleep(50);
                pending = count(db, "select count(*) from outbox_event where aggregate_id like ? and published_at is null", prefix);
                if (System.nanoTime() - lastReport > 2_000_000_000L) {
                    say(String.format("  %d / %d published after %.1f s", rows - pending, rows, (System.nanoTime() - thawed) / 1e9));
                    lastReport = System.nanoTime();
                }
            }
            double seconds = (System.nanoTime() - thawed) / 1e9;
            say(String.format("RESULT outbox-relay: %d events published in %.2f s = %.0f events/s (thaw to last row marked published)",
                    rows, seconds, rows / seconds));
            try (PreparedStatement delete = db.prepareStatement("delete from outbox_event where aggregate_id like ?")) {
                delete.setString(1, prefix + "%");
                delete.executeUpdate();
            }
        }
    }

    private static void fill(Connection db, String prefix, int rows) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("insert into outbox_event"
                + " (id, topic, aggregate_id, type, payload, traceparent, occurred_at) values (?, ?, ?, ?, ?, null, ?)")) {
            for (int i = 0; i < rows; i++) {
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setString(2, "upward.bench.v1");
                insert.setString(3, prefix + (i % 500)); // 500 aggregates, so per-key ordering matters
                insert.setString(4, "upward.bench.event.v1");
                insert.setString(5, "{\"n\":" + i + ",\"padding\":\"" + "x".repeat(300) + "\"}");
                insert.setTimestamp(6, Timestamp.from(Instant.now()));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static long count(Connection db, String sql, String prefix) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, prefix + "%");
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        if (pid > 0 && new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
        }
    }

    private static void say(String message) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), message);
    }
}
