package dev.upward.analytics.bench;

import dev.upward.analytics.testing.Events;
import dev.upward.platform.Archives;
import dev.upward.platform.KafkaBroker;
import dev.upward.platform.PostgresServer;
import dev.upward.platform.Waits;
import dev.upward.testing.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Two figures of analytics-service, on real PostgreSQL and Kafka processes started here:
 * <ol>
 *   <li>rebuild: a million events are published first, then the built service is started
 *   against an empty database and timed until the effects of every event are committed, both
 *   from the process start and from its first committed effect; the CPU each process used
 *   meanwhile is printed too;</li>
 *   <li>KPI latency: sequential {@code GET /programs/{id}/kpis} of the largest programme
 *   (10,000 participants) with a bearer token, after a warm-up.</li>
 * </ol>
 * Usage: {@code RebuildBenchmark <quarkus-run.jar> [events] [consumersPerTopic] [queries] [warmUpQueries]}
 */
public final class RebuildBenchmark {

    private static final List<String> TOPICS = List.of("upward.programs.v1", "upward.participants.v1", "upward.matches.v1",
            "upward.mentorships.v1", "upward.feedback.v1", "hris.employees.v1");
    private static final String[] DEPARTMENTS = {"Data", "Sales", "Finance", "Marketing", "Legal", "Operations",
            "Engineering", "Design", "Support", "People"};

    /** The service's heap and collector unless BENCH_SERVICE_JVM says otherwise (the prod overlay: -Xmx384m, the same collector). */
    private static final String SERVICE_JVM = "-Xmx512m -XX:+UseSerialGC";

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        long events = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int consumers = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int queries = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        Path work = Files.createTempDirectory("analytics-bench-");
        Files.setPosixFilePermissions(work, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        PostgresServer postgres = null;
        KafkaBroker kafka = null;
        Process service = null;
        try {
            postgres = PostgresServer.start(work.resolve("pg"), Waits.freePort(), List.of("analytics"), work.resolve("pg.log"));
            logSlowStatements(postgres);
            kafka = KafkaBroker.start(work.resolve("kafka"), Waits.freePort(), Waits.freePort(), work.resolve("kafka.log"));
            createTopics(kafka.bootstrapServers());

            long publishStarted = System.nanoTime();
            UUID big = publish(kafka.bootstrapServers(), events);
            System.out.printf("published %,d events in %.1f s%n", events, seconds(publishStarted));

            int port = Waits.freePort();
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(List.of(System.getenv().getOrDefault("BENCH_SERVICE_JVM", SERVICE_JVM).trim().split("\\s+")));
            String recording = System.getenv("BENCH_JFR");
            if (recording != null && !recording.isBlank()) {
                // a flight recording of the service, to see where a rebuild spends its time
                command.add("-XX:StartFlightRecording=filename=" + Path.of(recording).toAbsolutePath() + ",settings=profile");
            }
            // the prod configuration without its Keycloak: tokens are checked against the test key
            command.addAll(List.of("-Dquarkus.profile=bench", "-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(work.resolve("service.log").toFile());
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl("analytics"));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("analytics"));
            env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            env.put("QUARKUS_OIDC_PUBLIC_KEY", publicKey());
            env.put("QUARKUS_OIDC_TOKEN_ISSUER", TestTokens.ISSUER);
            env.put("ANALYTICS_CONSUMERS", Integer.toString(consumers));
            long started = System.nanoTime();
            service = builder.start();
            CpuTime cpu = new CpuTime(Map.of("analytics-service", service.pid(), "PostgreSQL", postgres.pid(),
                    "Kafka", kafka.pid()));
            Map<TopicPartition, Long> end = endOffsets(kafka.bootstrapServers());
            long total = end.values().stream().mapToLong(Long::longValue).sum();
            double firstCommit = -1;
            double lastReport = 0;
            double lastAt = 0;
            long lastDone = 0;
            // every CloudEvent leaves one processed_event row and every HRIS record here is a new
            // employee, so the rows count the events whose effects are committed
            try (java.sql.Connection db = java.sql.DriverManager.getConnection(postgres.jdbcUrl("analytics"),
                    PostgresServer.USER, PostgresServer.PASSWORD)) {
                while (true) {
                    if (!service.isAlive()) {
                        throw new IllegalStateException("the service stopped; see its log");
                    }
                    long done = applied(db, total, firstCommit >= 0);
                    if (done > 0 && firstCommit < 0) {
                        firstCommit = seconds(started);
                        cpu.mark();
                    }
                    if (seconds(started) - lastReport >= 5) {
                        lastReport = seconds(started);
                        // from table statistics, which trail by a second or so: a progress line, not a figure
                        System.out.printf("  %5.1f s: about %,d of %,d events applied, %,.0f events/s in the last %.0f s%n",
                                lastReport, done, total, (done - lastDone) / (lastReport - lastAt), lastReport - lastAt);
                        lastDone = done;
                        lastAt = lastReport;
                    }
                    if (done >= total) {
                        break;
                    }
                    if (seconds(started) > 1800) {
                        throw new IllegalStateException("not rebuilt within 30 minutes: " + done + " of " + total);
                    }
                    Thread.sleep(250);
                }
            }
            double rebuilt = seconds(started);
            System.out.printf("rebuild of %,d events with %d consumer(s) per topic: %.1f s from process start "
                            + "= %,.0f events/s; first effects committed after %.1f s, so %.1f s of consuming = %,.0f events/s%n",
                    total, consumers, rebuilt, total / rebuilt, firstCommit, rebuilt - firstCommit,
                    total / (rebuilt - firstCommit));
            System.out.println("CPU while consuming (of " + Runtime.getRuntime().availableProcessors() + " cores): "
                    + cpu.sinceMark(rebuilt - firstCommit));

            measureKpis(port, big, queries, warmUp);
        } finally {
            if (service != null) {
                long stopping = System.nanoTime();
                service.destroy();
                service.waitFor();
                System.out.printf("the service stopped %.1f s after SIGTERM%n", seconds(stopping));
            }
            if (kafka != null) {
                kafka.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            for (String log : List.of("service.log", "pg.log")) {
                if (Files.exists(work.resolve(log))) {
                    Files.copy(work.resolve(log), Path.of("analytics-service/target/bench-" + log),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Archives.deleteRecursively(work);
        }
    }

    private static void measureKpis(int port, UUID programId, int queries, int warmUp) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = TestTokens.token("bench", "analyst");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/programs/" + programId + "/kpis"))
                .header("Authorization", "Bearer " + token).GET().build();
        String body = "";
        for (int i = 0; i < warmUp; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (i == 0) {
                // nothing is kept yet: this one computes the programme's KPIs from the projections
                System.out.printf("first KPI query after the rebuild: %.0f ms%n", (System.nanoTime() - t) / 1e6);
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("KPI query answered " + response.statusCode() + ": " + response.body());
            }
            body = response.body();
        }
        double[] millis = new double[queries];
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            http.send(request, HttpResponse.BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("KPI query of a programme of 10,000 participants, %d sequential requests after %d warm-up: "
                        + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", queries, warmUp, pct(millis, 50), pct(millis, 90),
                pct(millis, 99), millis[millis.length - 1]);
        System.out.println("its KPIs: " + body.substring(0, Math.min(body.length(), 900)) + " ...");
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /**
     * One programme of 5,000 pairs with 20,000 comparable colleagues, then programmes of 500 pairs
     * until the count is reached. A pair is 27 events: two HRIS hires, two enrolments, proposal,
     * acceptance, start, four sessions scheduled and held with two ratings each, two fit checks,
     * a PRE and a POST assessment.
     */
    private static UUID publish(String bootstrap, long count) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(512 * 1024));
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(256L * 1024 * 1024));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            long[] sent = {0};
            Consumer<Events.Event> send = e -> {
                if (sent[0] >= count) {
                    return;
                }
                ProducerRecord<String, String> record = new ProducerRecord<>(e.topic(), e.key(), e.payload());
                if (e.type() != null) {
                    header(record, "ce_specversion", "1.0");
                    header(record, "ce_id", UUID.randomUUID().toString());
                    header(record, "ce_type", e.type());
                    header(record, "ce_source", "upward/bench");
                    header(record, "ce_subject", e.key());
                    header(record, "content-type", "application/json");
                }
                producer.send(record);
                sent[0]++;
            };
            UUID big = program(send, 0, 5_000, 20_000);
            for (int n = 1; sent[0] < count; n++) {
                program(send, n, 500, 0);
            }
            producer.flush();
            return big;
        }
    }

    private static UUID program(Consumer<Events.Event> send, int n, int pairs, int others) {
        UUID programId = UUID.randomUUID();
        Instant t = Instant.parse("2026-02-01T09:00:00Z");
        send.accept(Events.programCreated(programId, "Bench " + n, LocalDate.parse("2026-03-01"), LocalDate.parse("2027-03-01"), t));
        for (int i = 0; i < pairs; i++) {
            String department = DEPARTMENTS[i % DEPARTMENTS.length];
            String menteeDepartment = DEPARTMENTS[(i + 3) % DEPARTMENTS.length];
            String mentorEmployee = "B" + n + "-m" + i;
            String menteeEmployee = "B" + n + "-s" + i;
            send.accept(Events.employee("EmployeeHired", mentorEmployee, department, 2 + i % 3, LocalDate.parse("2023-05-01"), null, 1));
            send.accept(Events.employee("EmployeeHired", menteeEmployee, menteeDepartment, 10 + i % 4, LocalDate.parse("2012-05-01"), null, 1));
            UUID mentor = UUID.randomUUID();
            UUID mentee = UUID.randomUUID();
            UUID match = UUID.randomUUID();
            UUID mentorship = UUID.randomUUID();
            Instant enrolled = t.plusSeconds(60L * i);
            send.accept(Events.enrolled(mentor, programId, mentorEmployee, "MENTOR", department, 2 + i % 3, enrolled));
            send.accept(Events.enrolled(mentee, programId, menteeEmployee, "MENTEE", menteeDepartment, 10 + i % 4, enrolled));
            Instant proposed = Instant.parse("2026-03-02T09:00:00Z").plusSeconds(60L * i);
            send.accept(Events.matchProposed(match, programId, mentor, mentee, proposed));
            Instant accepted = proposed.plusSeconds(86_400L * (1 + i % 5));
            send.accept(Events.matchAccepted(match, programId, mentor, mentee, accepted));
            send.accept(Events.mentorshipStarted(mentorship, match, programId, mentor, mentee, accepted));
            for (int s = 0; s < 4; s++) {
                UUID session = UUID.randomUUID();
                Instant startsAt = accepted.plusSeconds(86_400L * 14 * (s + 1));
                send.accept(Events.sessionScheduled(session, mentorship, programId, startsAt, accepted.plusSeconds(3600)));
                send.accept(Events.sessionCompleted(session, mentorship, programId, startsAt.plusSeconds(3600)));
                send.accept(Events.feedback(UUID.randomUUID(), session, mentorship, programId, "MENTOR", 1 + (i + s) % 5,
                        startsAt.plusSeconds(7200)));
                send.accept(Events.feedback(UUID.randomUUID(), session, mentorship, programId, "MENTEE", 2 + (i + s) % 4,
                        startsAt.plusSeconds(7300)));
            }
            send.accept(Events.fitCheck(UUID.randomUUID(), mentorship, programId, "MENTOR", i % 7 != 0, accepted.plusSeconds(86_400L * 15)));
            send.accept(Events.fitCheck(UUID.randomUUID(), mentorship, programId, "MENTEE", i % 9 != 0, accepted.plusSeconds(86_400L * 15)));
            send.accept(Events.assessment(UUID.randomUUID(), mentee, programId, "PRE", "MENTEE", enrolled, "ai", 1 + i % 3,
                    "social-media", 1 + i % 2, "remote-work", 2));
            send.accept(Events.assessment(UUID.randomUUID(), mentee, programId, "POST", "MENTEE", accepted.plusSeconds(86_400L * 90),
                    "ai", 2 + i % 4, "social-media", 3, "remote-work", 2 + i % 2));
        }
        for (int i = 0; i < others; i++) {
            boolean leaves = i % 5 == 0;
            send.accept(Events.employee(leaves ? "EmployeeTerminated" : "EmployeeHired", "B" + n + "-o" + i,
                    DEPARTMENTS[i % DEPARTMENTS.length], i % 2 == 0 ? 2 + i % 3 : 10 + i % 4, LocalDate.parse("2019-01-01"),
                    leaves ? LocalDate.parse("2026-09-30") : null, 1));
        }
        return programId;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static void createTopics(String bootstrap) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            List<NewTopic> topics = new ArrayList<>();
            TOPICS.forEach(t -> topics.add(new NewTopic(t, 3, (short) 1)));
            admin.createTopics(topics).all().get();
        }
    }

    private static Map<TopicPartition, Long> endOffsets(String bootstrap) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String topic : TOPICS) {
                for (int partition = 0; partition < 3; partition++) {
                    latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
                }
            }
            Map<TopicPartition, Long> end = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> end.put(tp, info.offset()));
            return end;
        }
    }

    /**
     * The events whose effects are committed. Counting a million rows every half second took a
     * noticeable share of the two cores the rebuild runs on, so in between the table statistics
     * are read: cheap, but flushed by PostgreSQL's backends only every second or more. The two
     * moments the figures depend on are therefore read exactly: the first committed effect
     * (whether any row exists) and the end (a full count once the statistics come near it).
     */
    private static long applied(java.sql.Connection db, long total, boolean started) {
        try (java.sql.Statement s = db.createStatement()) {
            if (!started) {
                try (java.sql.ResultSet r = s.executeQuery("select exists (select 1 from processed_event) "
                        + "or exists (select 1 from employee)")) {
                    r.next();
                    if (!r.getBoolean(1)) {
                        return 0;
                    }
                }
            }
            try (java.sql.ResultSet r = s.executeQuery("select coalesce(sum(n_tup_ins), 0) from pg_stat_user_tables "
                    + "where relname in ('processed_event', 'employee')")) {
                r.next();
                long estimate = r.getLong(1);
                if (estimate < total * 0.97) {
                    return Math.max(1, Math.min(estimate, total - 1));
                }
            }
            try (java.sql.ResultSet r = s.executeQuery("select (select count(*) from processed_event) + (select count(*) from employee)")) {
                r.next();
                return r.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            return 0; // the schema is not migrated yet
        }
    }

    /**
     * Statements slower than a second go to the server log with their plans, copied to
     * target/bench-pg.log at the end. BENCH_AUTOVACUUM=off shows what the service does before
     * autovacuum has gathered any statistics on the rebuilt tables.
     */
    private static void logSlowStatements(PostgresServer postgres) throws java.sql.SQLException {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(postgres.jdbcUrl("analytics"),
                PostgresServer.USER, PostgresServer.PASSWORD); java.sql.Statement s = db.createStatement()) {
            s.execute("alter system set log_min_duration_statement = 1000");
            s.execute("alter system set session_preload_libraries = 'auto_explain'");
            s.execute("alter system set auto_explain.log_min_duration = 1000");
            if ("off".equals(System.getenv("BENCH_AUTOVACUUM"))) {
                s.execute("alter system set autovacuum = off");
            }
            s.execute("select pg_reload_conf()");
        }
    }

    private static Admin admin(String bootstrap) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(p);
    }

    private static String publicKey() throws Exception {
        try (InputStream in = TestTokens.class.getResourceAsStream("test-signing-key.pub.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
