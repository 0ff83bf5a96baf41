package dev.upward.platform.tools;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Enumeration;
import java.util.NoSuchElementException;

/**
 * How fast the employee directory takes in HRIS data on a running local platform:
 * <ol>
 *   <li>Warm-up: a smaller batch of the same events first, so that both JVMs have compiled
 *   their hot paths, as they have in a long-running service.</li>
 *   <li>Live ingest: N generated EmployeeHired events are published to hris.employees.v1;
 *   the clock runs from the first send until participant-service's database holds all N.
 *   Producer, broker, database and service share this machine's cores.</li>
 *   <li>Backlog ingest: participant-service is frozen (SIGSTOP) while N events are
 *   published, then thawed (SIGCONT); the clock runs from the thaw until all N are stored.
 *   This is the consumer's own rate, as after an outage or a first full load.</li>
 *   <li>Bulk import: M generated CSV rows streamed to POST /employees/import; rows per second
 *   of the whole request.</li>
 * </ol>
 * Every employee id carries a per-run prefix, so runs never collide and need no clean-up
 * beyond the rows themselves. Bounded: each wait gives up after a fixed time.
 */
public final class HrisIngestBenchmark {

    private static final String JDBC = "jdbc:postgresql://127.0.0.1:15432/participant";

    public static void main(String[] args) throws Exception {
        int events = intArg(args, "--events", 100_000);
        int rows = intArg(args, "--import-rows", 100_000);
        int warmup = intArg(args, "--warmup", 20_000);
        long servicePid = intArg(args, "--service-pid", 0);
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (Connection db = DriverManager.getConnection(JDBC, "upward", "upward")) {
            if (warmup > 0) {
                say("warm-up (JIT of producer and consumer), not measured:");
                kafkaIngest(db, "W" + run, warmup);
            }
            if (events > 0) {
                kafkaIngest(db, "K" + run, events);
                if (servicePid > 0) {
                    backlogIngest(db, "B" + run, events, servicePid);
                }
            }
            if (rows > 0) {
                bulkImport(db, "I" + run, rows);
            }
        }
    }

    private static void kafkaIngest(Connection db, String prefix, int events) throws SQLException {
        say("live ingest: publishing " + events + " EmployeeHired events (ids " + prefix + "-*)");
        long started = System.nanoTime();
        publish(prefix, events);
        awaitStored(db, prefix, events, started, "live-ingest", "first send to last row committed");
    }

    private static void backlogIngest(Connection db, String prefix, int events, long pid) throws SQLException {
        say("backlog ingest: freezing participant-service (pid " + pid + ") and publishing " + events + " events");
        signal("STOP", pid);
        long thawed;
        try {
            publish(prefix, events);
        } finally {
            signal("CONT", pid);
            thawed = System.nanoTime();
        }
        awaitStored(db, prefix, events, thawed, "backlog-ingest", "thaw to last row committed");
    }

    private static void signal(String signal, long pid) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot signal participant-service: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void publish(String prefix, int events) {
        long started = System.nanoTime();
        long bytes = 0;
        try (KafkaProducer<String, String> producer = PlatformClient.hrisProducer()) {
            for (int i = 0; i < events; i++) {
                String id = prefix + "-" + i;
                String payload = hired(id, i);
                bytes += payload.length();
                producer.send(new ProducerRecord<>("hris.employees.v1", id, payload));
            }
            producer.flush();
        }
        double produced = seconds(started);
        say(String.format("published in %.2f s (%.0f events/s, mean payload %d bytes); waiting for the directory",
                produced, events / produced, bytes / events));
    }

    private static void awaitStored(Connection db, String prefix, int events, long started, String name, String clock)
            throws SQLException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        long stored = 0;
        long lastReport = System.nanoTime();
        while (stored < events) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + stored + " of " + events + " stored after 600 s");
            }
            PlatformClient.sleep(100);
            stored = count(db, prefix);
            if (System.nanoTime() - lastReport > 2_000_000_000L) {
                say(String.format("  %d / %d stored after %.1f s", stored, events, seconds(started)));
                lastReport = System.nanoTime();
            }
        }
        double total = seconds(started);
        say(String.format("RESULT %s: %d events stored in %.2f s = %.0f events/s (%s)", name, events, total,
                events / total, clock));
    }

    private static void bulkImport(Connection db, String prefix, int rows) throws SQLException {
        PlatformClient client = new PlatformClient();
        String token = client.connectorToken();
        say("bulk import: streaming " + rows + " CSV rows to POST /employees/import (ids " + prefix + "-*)");
        HttpRequest request = HttpRequest.newBuilder(URI.create(PlatformClient.PARTICIPANT + "/employees/import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .timeout(java.time.Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> csv(prefix, rows))).build();
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request);
        double total = seconds(started);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        var report = PlatformClient.read(response.body());
        say(String.format("RESULT bulk-import: %d rows (%d changed, %d rejected) in %.2f s = %.0f rows/s; %d rows in the directory",
                report.get("rows").asLong(), report.get("changed").asLong(), report.get("rejected").asLong(), total,
                rows / total, count(db, prefix)));
    }

    /** The CSV generated line by line as the request body is sent; never held whole in memory. */
    private static InputStream csv(String prefix, int rows) {
        InputStream header = stream("employeeId,email,givenName,familyName,department,jobTitle,jobLevel,managerId,"
                + "location,timeZone,languages,hireDate,hrisVersion\n");
        Enumeration<InputStream> lines = new Enumeration<>() {
            private int next;

            @Override
            public boolean hasMoreElements() {
                return next <= rows;
            }

            @Override
            public InputStream nextElement() {
                if (next > rows) {
                    throw new NoSuchElementException();
                }
                if (next++ == 0) {
                    return header;
                }
                int i = next - 2;
                String id = prefix + "-" + i;
                return stream(id + "," + id.toLowerCase() + "@example.com,Given,Family " + i + "," + department(i)
                        + ",Associate," + (1 + i % 20) + ",,Berlin,Europe/Berlin,en;de,2020-01-01,1\n");
            }
        };
        return new SequenceInputStream(lines);
    }

    private static String hired(String id, int i) {
        return "{\"eventType\":\"EmployeeHired\",\"employeeId\":\"" + id + "\",\"email\":\"" + id.toLowerCase()
                + "@example.com\",\"givenName\":\"Given\",\"familyName\":\"Family " + i + "\",\"department\":\""
                + department(i) + "\",\"jobTitle\":\"Associate\",\"jobLevel\":" + (1 + i % 20)
                + ",\"managerId\":null,\"location\":\"Berlin\",\"timeZone\":\"Europe/Berlin\",\"languages\":[\"en\",\"de\"],"
                + "\"hireDate\":\"2020-01-01\",\"hrisVersion\":1}";
    }

    private static String department(int i) {
        return SyntheticOrganisation.DEPARTMENTS.get(i % SyntheticOrganisation.DEPARTMENTS.size());
    }

    private static long count(Connection db, String prefix) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select count(*) from employee where employee_id like ?")) {
            query.setString(1, prefix + "-%");
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static void say(String message) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), message);
    }
}
