package dev.upward.systemtest;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * One reverse-mentoring pair from hire to feedback, across all five services, as a client
 * would drive it: HRIS events on Kafka, REST calls with Keycloak tokens, and the published
 * topics read back. Every hop between services is Kafka.
 */
final class ProgrammeFlow {

    static final String PARTICIPANT = "http://localhost:8081";
    static final String MATCHING = "http://localhost:8082";
    static final String SESSION = "http://localhost:8083";
    static final String FEEDBACK = "http://localhost:8084";
    static final String ANALYTICS = "http://localhost:8085";
    private static final String BOOTSTRAP = "127.0.0.1:9092";

    private ProgrammeFlow() {
    }

    /** The ids the flow created, for tests that need real resources of a real owner (lea.mentor). */
    record Ids(String programId, String mentorParticipantId, String menteeParticipantId, String matchId, String mentorshipId,
               String sessionId, String mentorFeedbackId) {
    }

    private static Ids done;
    private static Exception failed;

    /**
     * Runs the flow the first time it is asked for; later calls answer the same ids, or the
     * same failure (a second run would trip over the first one's enrolments).
     */
    static synchronized Ids once() throws Exception {
        if (failed != null) {
            throw new IllegalStateException("the end-to-end flow failed earlier: " + failed.getMessage(), failed);
        }
        if (done == null) {
            try {
                done = run();
            } catch (Exception | AssertionError e) {
                failed = e instanceof Exception ex ? ex : new IllegalStateException(e.getMessage(), e);
                throw e;
            }
        }
        return done;
    }

    private static Ids run() throws Exception {
        // 1. the HRIS hires a junior (lea.mentor, E1005) and a senior leader (victor.vp, E1006)
        hire("E1005", "Lea", "Mentor", "Data Platform", 2);
        hire("E1006", "Victor", "Vp", "Sales", 9);
        String connector = Keycloak.serviceAccount("upward-hris-connector", "hris-connector-secret");
        for (String employee : List.of("E1005", "E1006")) {
            await("employee " + employee, () -> call(PARTICIPANT, connector).get("/employees/" + employee));
        }

        // 2. an admin creates and launches a programme; each enrols themselves
        String programId = call(PARTICIPANT, Keycloak.admin())
                .body("{\"name\":\"Flow cohort\",\"focusTopics\":[\"ai\",\"digital-tools\"],\"startsOn\":\""
                        + LocalDate.now().minusDays(1) + "\",\"endsOn\":\"" + LocalDate.now().plusMonths(6) + "\"}")
                .post("/programs").then().statusCode(201).extract().path("id");
        call(PARTICIPANT, Keycloak.admin()).post("/programs/" + programId + "/launch").then().statusCode(200);
        String mentorId = call(PARTICIPANT, Keycloak.lea())
                .body("{\"role\":\"MENTOR\",\"profile\":{\"formats\":[\"VIDEO\"],\"skillsOffered\":[{\"skill\":\"ai\",\"proficiency\":5}]}}")
                .post("/programs/" + programId + "/enrolments").then().statusCode(201).extract().path("id");
        String menteeId = call(PARTICIPANT, Keycloak.victor())
                .body("{\"role\":\"MENTEE\",\"profile\":{\"formats\":[\"VIDEO\"],\"learningGoals\":[{\"skill\":\"ai\",\"priority\":5}]}}")
                .post("/programs/" + programId + "/enrolments").then().statusCode(201).extract().path("id");

        // 3. a matching run proposes the pair (MatchProposed)
        await("both participants in matching", () -> {
            Response preview = call(MATCHING, Keycloak.admin()).post("/programs/" + programId + "/matching-runs/preview");
            return preview.statusCode() == 200 && Integer.valueOf(1).equals(preview.path("matched")) ? preview : null;
        });
        Response run = call(MATCHING, Keycloak.admin()).post("/programs/" + programId + "/matching-runs");
        run.then().statusCode(200).body("published", equalTo(true)).body("pairs", hasSize(1))
                .body("pairs[0].mentorParticipantId", equalTo(mentorId)).body("pairs[0].menteeParticipantId", equalTo(menteeId));
        String matchId = await("lea's proposal", () -> {
            Response mine = call(MATCHING, Keycloak.lea()).get("/matches/mine");
            List<String> ids = mine.path("findAll { it.programId == '" + programId + "' }.matchId");
            return ids != null && ids.size() == 1 ? mine : null;
        }).path("find { it.programId == '" + programId + "' }.matchId");
        awaitRecord("upward.matches.v1", "upward.match.proposed.v1", matchId);

        // 4. both accept (MatchAccepted), which starts a mentorship in session-service
        call(MATCHING, Keycloak.victor()).post("/matches/" + matchId + "/acceptance").then().statusCode(200);
        call(MATCHING, Keycloak.lea()).post("/matches/" + matchId + "/acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        awaitRecord("upward.matches.v1", "upward.match.accepted.v1", matchId);
        String mentorshipId = await("mentorship of " + matchId, () -> {
            Response mine = call(SESSION, Keycloak.victor()).get("/mentorships/mine");
            List<String> ids = mine.path("findAll { it.matchId == '" + matchId + "' }.id");
            return ids != null && ids.size() == 1 ? mine : null;
        }).path("find { it.matchId == '" + matchId + "' }.id");
        awaitRecord("upward.mentorships.v1", "upward.mentorship.started.v1", mentorshipId);

        // 5. the mentee schedules a session; after its start the mentor marks it held
        Instant start = Instant.now().plusSeconds(120);
        String sessionId = call(SESSION, Keycloak.victor())
                .body("{\"startsAt\":\"" + start + "\",\"durationMinutes\":30,\"format\":\"VIDEO\",\"agenda\":[\"AI assistants\"],"
                        + "\"topics\":[\"ai\"]}")
                .post("/mentorships/" + mentorshipId + "/sessions").then().statusCode(201).extract().path("id");
        call(SESSION, Keycloak.participant()).get("/sessions/" + sessionId).then().statusCode(404);
        // a crash of the publisher right after the acknowledged write: the committed outbox row still goes out
        RunningPlatform.kill("session-service");
        RunningPlatform.awaitReady(SESSION);
        await("the scheduled session counted after the crash", () -> {
            Response kpis = call(ANALYTICS, Keycloak.analyst()).get("/programs/" + programId + "/kpis");
            return kpis.statusCode() == 200 && Integer.valueOf(1).equals(kpis.path("sessionsScheduled")) ? kpis : null;
        });
        assertEquals(1, awaitRecords("upward.mentorships.v1", "upward.session.scheduled.v1", sessionId, 1).size());
        // far enough ahead that a freshly restarted service still answers before the new start
        start = Instant.now().plusSeconds(15);
        call(SESSION, Keycloak.victor()).body("{\"startsAt\":\"" + start + "\"}").put("/sessions/" + sessionId + "/time")
                .then().statusCode(200).body("rescheduleCount", equalTo(1));
        while (!Instant.now().isAfter(start.plusSeconds(1))) {
            Thread.sleep(250);
        }
        call(SESSION, Keycloak.lea()).post("/sessions/" + sessionId + "/completion").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        awaitRecord("upward.mentorships.v1", "upward.session.completed.v1", sessionId);

        // 6. both members are asked for feedback and give it (FeedbackSubmitted, no free text in the event)
        List<String> locations = new ArrayList<>();
        for (Supplier<String> member : List.<Supplier<String>>of(Keycloak::lea, Keycloak::victor)) {
            await("feedback request for " + sessionId, () -> {
                Response requests = call(FEEDBACK, member.get()).get("/feedback/requests");
                List<String> sessions = requests.path("sessionId");
                return sessions != null && sessions.contains(sessionId) ? requests : null;
            });
            locations.add(call(FEEDBACK, member.get())
                    .body("{\"sessionId\":\"" + sessionId + "\",\"rating\":5,\"usefulTopics\":[\"ai\"],\"learned\":\"private words\"}")
                    .post("/feedback").then().statusCode(201).extract().header("Location"));
        }
        List<ConsumerRecord<String, String>> feedback = awaitRecords("upward.feedback.v1", "upward.feedback.submitted.v1",
                sessionId, 2);
        feedback.forEach(r -> assertFalse(r.value().contains("private words"), "free text never travels: " + r.value()));
        // confidentiality: each sees their own feedback only
        given().auth().oauth2(Keycloak.lea()).get(locations.get(0)).then().statusCode(200).body("learned", equalTo("private words"));
        given().auth().oauth2(Keycloak.victor()).get(locations.get(0)).then().statusCode(404);
        given().auth().oauth2(Keycloak.admin()).get(locations.get(0)).then().statusCode(404);
        given().auth().oauth2(Keycloak.analyst()).get(locations.get(0)).then().statusCode(403);

        // 7. analytics counts the held session and both feedback submissions
        await("KPIs with the session and its feedback", () -> {
            Response kpis = call(ANALYTICS, Keycloak.analyst()).get("/programs/" + programId + "/kpis");
            return kpis.statusCode() == 200 && Integer.valueOf(1).equals(kpis.path("sessionsCompleted"))
                    && Integer.valueOf(2).equals(kpis.path("feedbackSubmitted")) ? kpis : null;
        });
        String feedbackId = locations.get(0).substring(locations.get(0).lastIndexOf('/') + 1);
        return new Ids(programId, mentorId, menteeId, matchId, mentorshipId, sessionId, feedbackId);
    }

    private static RequestSpecification call(String service, String token) {
        return given().baseUri(service).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static void hire(String employeeId, String given, String family, String department, int level) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>("hris.employees.v1", employeeId,
                    "{\"eventType\":\"EmployeeHired\",\"employeeId\":\"" + employeeId + "\",\"email\":\"" + given.toLowerCase()
                            + "@example.com\",\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"department\":\""
                            + department + "\",\"jobLevel\":" + level + ",\"timeZone\":\"Europe/Berlin\",\"languages\":[\"en\"],"
                            + "\"hireDate\":\"" + LocalDate.now().minusYears(1) + "\",\"hrisVersion\":" + System.currentTimeMillis() + "}");
            record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", "hris.employee.hired.v1".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_source", "/hris/system-test".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    /** Waits until {@code call} answers 200 (or, for a call that returns null until ready, a response). */
    static Response await(String what, Supplier<Response> call) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Response last = call.get();
        while ((last == null || last.statusCode() != 200) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = call.get();
        }
        if (last == null) {
            throw new AssertionError("not reached within 90 s: " + what);
        }
        last.then().statusCode(200);
        return last;
    }

    private static void awaitRecord(String topic, String type, String mention) {
        awaitRecords(topic, type, mention, 1);
    }

    /** Reads {@code topic} from the beginning until {@code count} records of {@code type} mention the id. */
    private static List<ConsumerRecord<String, String>> awaitRecords(String topic, String type, String mention, int count) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Predicate<ConsumerRecord<String, String>> wanted = r -> r.value() != null && r.value().contains(mention)
                && type.equals(header(r, "ce_type"));
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        assertEquals(count, found.size(), "records of " + type + " on " + topic + " mentioning " + mention);
        for (ConsumerRecord<String, String> r : found) {
            for (String h : List.of("ce_id", "ce_type", "ce_source", "ce_subject", "ce_time", "ce_specversion")) {
                if (header(r, h) == null) {
                    throw new AssertionError(type + " record lacks CloudEvents header " + h);
                }
            }
            assertEquals(r.key(), header(r, "ce_subject"), "record key is the aggregate id");
        }
        return found;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
