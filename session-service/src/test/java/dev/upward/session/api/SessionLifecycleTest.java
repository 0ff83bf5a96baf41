package dev.upward.session.api;

import dev.upward.contracts.ContractValidator;
import dev.upward.testing.TestClock;
import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestDatabase;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class SessionLifecycleTest {

    /** A programme with one mentorship between {@code mentor-<tag>} and {@code mentee-<tag>}. */
    record Pair(String tag, UUID programId, UUID matchId, UUID mentorshipId) {
        RequestSpecification mentor() {
            return as("mentor-" + tag);
        }

        RequestSpecification mentee() {
            return as("mentee-" + tag);
        }
    }

    static RequestSpecification as(String user, String... roles) {
        return given().auth().oauth2(TestTokens.token(user, roles.length == 0 ? new String[]{"participant"} : roles))
                .contentType(ContentType.JSON);
    }

    static UUID enrol(UUID programId, String employeeId, String role) {
        UUID id = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent("upward.participants.v1", id.toString(), "upward.participant.enrolled.v1",
                "{\"participantId\":\"" + id + "\",\"programId\":\"" + programId + "\",\"employeeId\":\"" + employeeId
                        + "\",\"role\":\"" + role + "\",\"occurredAt\":\"2026-11-05T00:00:00Z\"}");
        return id;
    }

    static Pair pair(LocalDate startsOn, LocalDate endsOn) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID programId = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent("upward.programs.v1", programId.toString(), "upward.program.created.v1",
                "{\"programId\":\"" + programId + "\",\"name\":\"Sessions\",\"status\":\"DRAFT\",\"startsOn\":\"" + startsOn
                        + "\",\"endsOn\":\"" + endsOn + "\",\"occurredAt\":\"2026-11-01T00:00:00Z\"}");
        UUID mentor = enrol(programId, TestTokens.employeeIdOf("mentor-" + tag), "MENTOR");
        UUID mentee = enrol(programId, TestTokens.employeeIdOf("mentee-" + tag), "MENTEE");
        Eventually.assertTrue("programme and members known", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from program_calendar where program_id = ?", programId) == 1 && TestDatabase.count(
                "select count(*) from participant_ref where participant_id in (?, ?)", mentor, mentee) == 2);
        UUID matchId = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent("upward.matches.v1", matchId.toString(), "upward.match.accepted.v1",
                "{\"matchId\":\"" + matchId + "\",\"programId\":\"" + programId + "\",\"mentorParticipantId\":\"" + mentor
                        + "\",\"menteeParticipantId\":\"" + mentee + "\",\"occurredAt\":\"2026-11-10T00:00:00Z\"}");
        Eventually.assertTrue("mentorship started", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from mentorship where match_id = ?", matchId) == 1);
        String id = as("mentor-" + tag).get("/mentorships/mine").then().statusCode(200).extract().path("[0].id");
        return new Pair(tag, programId, matchId, UUID.fromString(id));
    }

    static Pair pair() {
        LocalDate today = LocalDate.now();
        return pair(today.minusDays(30), today.plusDays(200));
    }

    static String schedule(Pair p, RequestSpecification who, Instant start, int minutes) {
        return who.body("{\"startsAt\":\"" + start + "\",\"durationMinutes\":" + minutes + ",\"format\":\"VIDEO\","
                        + "\"location\":\"https://meet.example/abc\",\"agenda\":[\"Goals\",\"AI at work\"],\"topics\":[\"ai\"]}")
                .post("/mentorships/" + p.mentorshipId() + "/sessions")
                .then().statusCode(201).header("Location", startsWith("http")).extract().path("id");
    }

    static Instant daysAhead(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
    }

    static List<ConsumerRecord<String, String>> eventsOf(UUID sessionId, String type, int atLeast) {
        return KafkaTestClient.readUntil("upward.mentorships.v1", Duration.ofSeconds(30), seen -> seen.stream()
                        .filter(r -> r.value().contains(sessionId.toString()) && type.equals(KafkaTestClient.header(r, "ce_type")))
                        .count() >= atLeast).stream()
                .filter(r -> r.value().contains(sessionId.toString()) && type.equals(KafkaTestClient.header(r, "ce_type")))
                .toList();
    }

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void aSessionIsScheduledMovedAndHeldWithItsEventsInOrder() {
        Pair p = pair();
        Instant start = daysAhead(7);
        UUID id = UUID.fromString(schedule(p, p.mentee(), start, 60));

        p.mentor().get("/sessions/" + id).then().statusCode(200).body("status", equalTo("SCHEDULED"))
                .body("scheduledBy", equalTo("MENTEE")).body("agenda", hasSize(2)).body("startsAt", equalTo(start.toString()));
        p.mentor().post("/sessions/" + id + "/completion").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("https://upward.dev/problems/lifecycle"));

        Instant moved = start.plus(Duration.ofDays(1));
        p.mentor().body("{\"startsAt\":\"" + moved + "\",\"durationMinutes\":45}").put("/sessions/" + id + "/time")
                .then().statusCode(200).body("rescheduleCount", equalTo(1)).body("durationMinutes", equalTo(45));

        TestClock.advance(Duration.ofDays(8).plusHours(1));
        p.mentee().post("/sessions/" + id + "/completion").then().statusCode(200).body("status", equalTo("COMPLETED"));
        p.mentee().post("/sessions/" + id + "/cancellation").then().statusCode(409);

        List<ConsumerRecord<String, String>> scheduled = eventsOf(id, "upward.session.scheduled.v1", 2);
        assertEquals(2, scheduled.size(), "scheduled, then rescheduled");
        assertEquals(p.mentorshipId().toString(), scheduled.get(0).key(), "keyed by mentorship");
        assertEquals(true, scheduled.get(1).value().contains(moved.toString()));
        ConsumerRecord<String, String> completed = eventsOf(id, "upward.session.completed.v1", 1).get(0);
        for (ConsumerRecord<String, String> r : List.of(scheduled.get(0), scheduled.get(1), completed)) {
            assertEquals(List.of(), ContractValidator.violations(KafkaTestClient.header(r, "ce_type"), r.value()));
        }
        Eventually.assertTrue("last session recorded", Duration.ofSeconds(5), () -> TestDatabase.count(
                "select count(*) from mentorship where id = ? and last_session_at is not null", p.mentorshipId()) == 1);
    }

    @Test
    void schedulingRulesAnswer422NamingTheRule() {
        LocalDate today = LocalDate.now();
        Pair p = pair(today.minusDays(10), today.plusDays(20));
        Instant start = daysAhead(5);
        schedule(p, p.mentor(), start, 60);
        String body = "{\"startsAt\":\"%s\",\"durationMinutes\":%d,\"format\":\"VIDEO\"}";
        String path = "/mentorships/" + p.mentorshipId() + "/sessions";
        p.mentee().body(body.formatted(start.plus(Duration.ofMinutes(30)), 60)).post(path).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://upward.dev/problems/rule-violated/no-overlap"));
        p.mentee().body(body.formatted(daysAhead(40), 60)).post(path).then().statusCode(422)
                .body("type", equalTo("https://upward.dev/problems/rule-violated/programme-dates"));
        p.mentee().body(body.formatted(daysAhead(6), 5)).post(path).then().statusCode(422)
                .body("type", equalTo("https://upward.dev/problems/rule-violated/duration"));
        p.mentee().body(body.formatted(Instant.now().minus(Duration.ofHours(1)), 60)).post(path).then().statusCode(422)
                .body("type", equalTo("https://upward.dev/problems/rule-violated/in-the-future"));
        p.mentee().body("{\"startsAt\":\"" + daysAhead(6) + "\",\"durationMinutes\":60,\"format\":\"CARRIER_PIGEON\"}")
                .post(path).then().statusCode(400).contentType("application/problem+json");
        p.mentee().body("{\"startsAt\":").post(path).then().statusCode(400).contentType("application/problem+json");
        assertEquals(1, TestDatabase.count("select count(*) from session where mentorship_id = ?", p.mentorshipId()),
                "refused requests leave nothing behind");
    }

    @Test
    void aLocalTimeIsReadInItsZoneAcrossDaylightSaving() {
        Pair p = pair(LocalDate.now().minusDays(1), LocalDate.parse("2027-12-31"));
        String path = "/mentorships/" + p.mentorshipId() + "/sessions";
        p.mentor().body("{\"startsAt\":\"2027-03-28T02:30\",\"timeZone\":\"Europe/Berlin\",\"durationMinutes\":60,\"format\":\"VIDEO\"}")
                .post(path).then().statusCode(422).body("type", equalTo("https://upward.dev/problems/rule-violated/time-zone-gap"));
        String id = p.mentor().body("{\"startsAt\":\"2027-03-28T10:00\",\"timeZone\":\"Europe/Berlin\",\"durationMinutes\":60,"
                        + "\"format\":\"IN_PERSON\",\"location\":\"Room 4\"}")
                .post(path).then().statusCode(201).body("startsAt", equalTo("2027-03-28T08:00:00Z"))
                .body("localStartsAt", equalTo("2027-03-28T10:00:00+02:00")).extract().path("id");
        p.mentee().queryParam("zone", "America/New_York").get("/sessions/" + id).then().statusCode(200)
                .body("shownIn", equalTo("America/New_York")).body("localStartsAt", equalTo("2027-03-28T04:00:00-04:00"));
    }

    @Test
    void onlyTheTwoMembersSeeOrChangeSessionsAndNotesStayWithTheirAuthor() {
        Pair p = pair();
        UUID id = UUID.fromString(schedule(p, p.mentor(), daysAhead(3), 30));
        RequestSpecification stranger = as("stranger-" + p.tag());
        stranger.get("/sessions/" + id).then().statusCode(404).contentType("application/problem+json");
        stranger.get("/mentorships/" + p.mentorshipId() + "/sessions").then().statusCode(404);
        stranger.body("{\"startsAt\":\"" + daysAhead(4) + "\",\"durationMinutes\":30,\"format\":\"VIDEO\"}")
                .post("/mentorships/" + p.mentorshipId() + "/sessions").then().statusCode(404);
        stranger.post("/sessions/" + id + "/cancellation").then().statusCode(404);
        as("analyst-" + p.tag(), "analyst").get("/sessions/" + id).then().statusCode(403);
        given().get("/sessions/" + id).then().statusCode(401);

        p.mentor().body("{\"text\":\"Ask about the AI pilot\"}").put("/sessions/" + id + "/note").then().statusCode(200);
        p.mentor().get("/sessions/" + id + "/note").then().statusCode(200).body("text", equalTo("Ask about the AI pilot"));
        p.mentee().get("/sessions/" + id + "/note").then().statusCode(404);
        stranger.get("/sessions/" + id + "/note").then().statusCode(404);

        p.mentee().body("{\"reason\":\"travelling\"}").post("/sessions/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelledBy", equalTo("MENTEE"));
        ConsumerRecord<String, String> cancelled = eventsOf(id, "upward.session.cancelled.v1", 1).get(0);
        assertEquals(false, cancelled.value().contains("travelling"), "the reason never leaves the service");
    }

    @Test
    void aMissedSessionNamesWhoMissedIt() {
        Pair p = pair();
        UUID id = UUID.fromString(schedule(p, p.mentor(), daysAhead(2), 60));
        TestClock.advance(Duration.ofDays(2).plusHours(2));
        p.mentor().body("{\"missedBy\":\"SOMEONE\"}").post("/sessions/" + id + "/no-show").then().statusCode(400);
        p.mentor().body("{\"missedBy\":\"MENTEE\"}").post("/sessions/" + id + "/no-show").then().statusCode(200)
                .body("status", equalTo("MISSED")).body("missedBy", equalTo("MENTEE"));
        assertEquals(1, eventsOf(id, "upward.session.missed.v1", 1).size());
    }

    @Test
    void whenTheMatchEndsTheSessionsAheadAreCancelledByTheProgramme() {
        Pair p = pair();
        UUID id = UUID.fromString(schedule(p, p.mentor(), daysAhead(9), 60));
        KafkaTestClient.sendCloudEvent("upward.matches.v1", p.matchId().toString(), "upward.match.ended.v1",
                "{\"matchId\":\"" + p.matchId() + "\",\"programId\":\"" + p.programId() + "\",\"reason\":\"REMATCH\","
                        + "\"occurredAt\":\"2026-12-01T00:00:00Z\"}");
        Eventually.assertTrue("mentorship ended", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from mentorship where id = ? and status = 'ENDED_EARLY' and end_reason = 'REMATCH'",
                p.mentorshipId()) == 1);
        p.mentor().get("/sessions/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("PROGRAMME"));
        assertEquals(1, eventsOf(id, "upward.session.cancelled.v1", 1).size());
        p.mentor().body("{\"startsAt\":\"" + daysAhead(10) + "\",\"durationMinutes\":30,\"format\":\"VIDEO\"}")
                .post("/mentorships/" + p.mentorshipId() + "/sessions").then().statusCode(409);
    }

    @Test
    void erasureDeletesThePersonsNotesAndUnlinksThemButKeepsTheSessions() {
        Pair p = pair();
        UUID id = UUID.fromString(schedule(p, p.mentor(), daysAhead(3), 30));
        p.mentor().body("{\"text\":\"about my boss\"}").put("/sessions/" + id + "/note").then().statusCode(200);
        p.mentee().body("{\"text\":\"the mentee's own\"}").put("/sessions/" + id + "/note").then().statusCode(200);
        String employee = TestTokens.employeeIdOf("mentor-" + p.tag());
        KafkaTestClient.sendCloudEvent("upward.participants.v1", employee, "upward.person.erased.v1",
                "{\"employeeId\":\"" + employee + "\",\"occurredAt\":\"2026-12-01T00:00:00Z\"}");
        Eventually.assertTrue("person erased", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from participant_ref where employee_id = ?", employee) == 0);
        assertEquals(0, TestDatabase.count("select count(*) from session_note where author_employee_id = ?", employee));
        p.mentee().get("/sessions/" + id + "/note").then().statusCode(200).body("text", equalTo("the mentee's own"));
        p.mentee().get("/sessions/" + id).then().statusCode(200);
        p.mentor().get("/sessions/" + id).then().statusCode(404);
    }
}
