package dev.upward.analytics.api;

import dev.upward.analytics.testing.Events;
import dev.upward.analytics.testing.Send;
import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ActivityKpisTest {

    private static final Instant T0 = Instant.parse("2027-01-11T09:00:00Z");
    private final String analyst = TestTokens.token("alex", "analyst");

    private static Instant at(int hours) {
        return T0.plusSeconds(hours * 3600L);
    }

    private JsonPath kpisOnce(UUID programId) {
        return given().auth().oauth2(analyst).when().get("/programs/" + programId + "/kpis").then()
                .statusCode(200).extract().jsonPath();
    }

    private JsonPath kpisWhen(UUID programId, String what, java.util.function.Predicate<JsonPath> done) {
        Eventually.assertTrue(what, Duration.ofSeconds(30), () -> {
            var response = given().auth().oauth2(analyst).get("/programs/" + programId + "/kpis");
            return response.statusCode() == 200 && done.test(response.jsonPath());
        });
        return kpisOnce(programId);
    }

    @Test
    void oneMentorAndOneMenteeWhoMetOnceAndBothRatedIt() {
        UUID program = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        UUID mentee = UUID.randomUUID();
        UUID match = UUID.randomUUID();
        UUID mentorship = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        Send.all(Events.programCreated(program, "Pair of two", LocalDate.parse("2027-01-11"), LocalDate.parse("2027-07-09"), at(0)),
                Events.enrolled(mentor, program, "E-m1", "MENTOR", "Data", 3, at(1)),
                Events.enrolled(mentee, program, "E-s1", "MENTEE", "Board", 12, at(2)),
                Events.matchProposed(match, program, mentor, mentee, at(24)),
                Events.matchAccepted(match, program, mentor, mentee, at(48)),
                Events.mentorshipStarted(mentorship, match, program, mentor, mentee, at(48)),
                Events.sessionScheduled(session, mentorship, program, at(96), at(50)),
                Events.sessionCompleted(session, mentorship, program, at(97)),
                Events.feedback(UUID.randomUUID(), session, mentorship, program, "MENTOR", 5, at(98)),
                Events.feedback(UUID.randomUUID(), session, mentorship, program, "MENTEE", 4, at(99)));

        // each topic has its own consumer, so wait for the slowest of them
        JsonPath k = kpisWhen(program, "every topic projected", j -> j.getInt("feedbackSubmitted") == 2
                && j.getInt("sessionsCompleted") == 1 && j.getInt("menteesEnrolled") == 1 && j.getInt("matchesAccepted") == 1);
        assertEquals(1, k.getInt("sessionsCompleted"));
        assertEquals(2, k.getInt("feedbackSubmitted"));
        assertEquals(1, k.getInt("mentorsEnrolled"));
        assertEquals(1, k.getInt("menteesEnrolled"));
        assertEquals(1, k.getInt("matchesProposed"));
        assertEquals(1, k.getInt("matchesAccepted"));
        assertEquals(1, k.getInt("mentorshipsStarted"));
        assertEquals(1, k.getInt("mentorshipsActive"));
        assertEquals(1, k.getInt("sessionsScheduled"));
        assertEquals(0, k.getInt("sessionsCancelled"));
        assertEquals(0, k.getInt("sessionsMissed"));
        assertEquals(1.0, k.getDouble("matchRate"));
        assertEquals(1.0, k.getDouble("acceptanceRate"));
        // enrolled at hours 1 and 2, accepted at hour 48: 47/24 and 46/24 days, median 46.5/24
        assertEquals(Math.round(46.5 / 24 * 10_000) / 10_000.0, k.getDouble("medianDaysToMatch"));
        // started at hour 48, the session was held at hour 96: two days
        assertEquals(2.0, k.getDouble("medianDaysToFirstSession"));
        // two raters are too few: the ratings themselves stay hidden, the count of forms does not
        assertEquals(true, k.getBoolean("satisfaction.mean.suppressed"));
        assertNull((Object) k.get("satisfaction.mean.value"));
        assertEquals(List.of(true, true), k.getList("satisfaction.byRole.suppressed"));
        // one person per role: not even the names of their departments are listed
        assertEquals(List.of(), k.getList("enrolmentByDepartment.mentors"));
        assertEquals(List.of(), k.getList("pairingMatrix"));
    }

    @Test
    void eventsArrivingOutOfOrderLeaveTheNewestStateOfEverySession() {
        UUID program = UUID.randomUUID();
        UUID mentorship = UUID.randomUUID();
        UUID match = UUID.randomUUID();
        UUID held = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID reopened = UUID.randomUUID();
        Send.all(Events.programCreated(program, "Out of order", LocalDate.parse("2027-01-11"), LocalDate.parse("2027-07-09"), at(0)),
                // the outcome before the schedule it closes
                Events.sessionCompleted(held, mentorship, program, at(30)),
                Events.sessionScheduled(held, mentorship, program, at(29), at(10)),
                // a cancellation, then a stale reschedule from before it
                Events.sessionScheduled(cancelled, mentorship, program, at(40), at(10)),
                Events.sessionCancelled(cancelled, mentorship, program, at(20)),
                Events.sessionScheduled(cancelled, mentorship, program, at(41), at(15)),
                // a cancellation, then a newer reschedule that reopens the session
                Events.sessionScheduled(reopened, mentorship, program, at(40), at(10)),
                Events.sessionCancelled(reopened, mentorship, program, at(20)),
                Events.sessionScheduled(reopened, mentorship, program, at(60), at(25)),
                // the mentorship and the acceptance after their consequences
                Events.matchAccepted(match, program, UUID.randomUUID(), UUID.randomUUID(), at(8)),
                Events.mentorshipStarted(mentorship, match, program, UUID.randomUUID(), UUID.randomUUID(), at(8)),
                Events.matchProposed(match, program, UUID.randomUUID(), UUID.randomUUID(), at(5)));

        JsonPath k = kpisWhen(program, "all facts projected", j -> j.getInt("sessionsScheduled") == 3
                && j.getInt("mentorshipsStarted") == 1 && j.getInt("matchesProposed") == 1 && j.get("acceptanceRate") != null
                && j.getInt("sessionsUpcoming") == 1 && j.getInt("sessionsCompleted") == 1);
        assertEquals(1, k.getInt("sessionsCompleted"));
        assertEquals(1, k.getInt("sessionsCancelled"));
        assertEquals(1, k.getInt("sessionsUpcoming"));
        assertEquals(1, k.getInt("matchesAccepted"));
        // the first session was held at hour 29, the mentorship started at hour 8
        assertEquals(Math.round(21.0 / 24 * 10_000) / 10_000.0, k.getDouble("medianDaysToFirstSession"));
    }

    @Test
    void aRedeliveredEventCountsOnceAndAResubmittedFormToo() {
        UUID program = UUID.randomUUID();
        UUID mentorship = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID feedbackId = UUID.randomUUID();
        Send.event(Events.programCreated(program, "Duplicates", LocalDate.parse("2027-01-11"), LocalDate.parse("2027-07-09"), at(0)));
        Events.Event form = Events.feedback(feedbackId, session, mentorship, program, "MENTOR", 4, at(5));
        String id = Send.newId();
        Send.withId(form, id);
        Send.withId(form, id);
        Send.event(form);
        Send.event(Events.feedback(UUID.randomUUID(), session, mentorship, program, "MENTEE", 3, at(6)));
        JsonPath k = kpisWhen(program, "the second form counted", j -> j.getInt("feedbackSubmitted") == 2);
        assertEquals(2, k.getInt("feedbackSubmitted"));
        assertEquals(1, dev.upward.testing.TestDatabase.count("select count(*) from processed_event where event_id = ?", id));
    }

    @Test
    void unreadableRecordsOfEveryTopicAreDeadLetteredAndTheRestIsApplied() {
        UUID program = UUID.randomUUID();
        Send.event(Events.programCreated(program, "Dead letters", LocalDate.parse("2027-01-11"), LocalDate.parse("2027-07-09"), at(0)));
        String[][] topics = {
                {"upward.participants.v1", "upward.participant.enrolled.v1"},
                {"upward.matches.v1", "upward.match.accepted.v1"},
                {"upward.mentorships.v1", "upward.session.completed.v1"},
                {"upward.feedback.v1", "upward.feedback.submitted.v1"}};
        for (String[] t : topics) {
            KafkaTestClient.sendCloudEvent(t[0], program + "-bad", t[1], "{\"programId\":\"" + program + "\"}");
        }
        KafkaTestClient.send("hris.employees.v1", program + "-bad", "{\"eventType\":\"EmployeeHired\"}", java.util.Map.of());
        UUID session = UUID.randomUUID();
        Send.all(Events.sessionCompleted(session, UUID.randomUUID(), program, at(3)));
        kpisWhen(program, "the good record after the bad one applied", j -> j.getInt("sessionsCompleted") == 1);
        for (String topic : List.of("upward.participants.v1", "upward.matches.v1", "upward.mentorships.v1",
                "upward.feedback.v1", "hris.employees.v1")) {
            String dlq = topic + ".dlq.analytics-service";
            List<ConsumerRecord<String, String>> dead = KafkaTestClient.readUntil(dlq, Duration.ofSeconds(30),
                    seen -> seen.stream().anyMatch(r -> (program + "-bad").equals(r.key())));
            ConsumerRecord<String, String> ours = dead.stream().filter(r -> (program + "-bad").equals(r.key())).findFirst()
                    .orElseThrow(() -> new AssertionError("nothing dead-lettered on " + dlq));
            assertNotNull(KafkaTestClient.header(ours, "dead-letter-reason"));
        }
    }

    @Test
    void badInputIsAProblemNotAnError() {
        given().auth().oauth2(analyst).when().get("/programs/not-a-uuid/kpis").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(analyst).when().get("/programs/" + UUID.randomUUID() + "/kpis").then()
                .statusCode(404).contentType("application/problem+json");
        UUID program = UUID.randomUUID();
        Send.event(Events.programCreated(program, "Params", LocalDate.parse("2027-01-11"), LocalDate.parse("2027-07-09"), at(0)));
        kpisWhen(program, "programme known", j -> true);
        String weekly = "/programs/" + program + "/kpis/weekly";
        given().auth().oauth2(analyst).queryParam("from", "2027-03-01").queryParam("to", "2027-01-01").when().get(weekly)
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        given().auth().oauth2(analyst).queryParam("from", "yesterday").when().get(weekly)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(analyst).queryParam("format", "xml").when().get(weekly)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(analyst).queryParam("from", "2000-01-03").queryParam("to", "2027-01-01").when().get(weekly)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(analyst).when().get("/programs/" + program + "/kpis/tables/no-such-table")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("maya", "participant")).when().get(weekly)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("maya", "participant")).when().get("/programs/" + program + "/kpis/tables/headline")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void everyKpiTableExportsAsCsvAndTheWeeklySeriesToo() {
        UUID program = UUID.randomUUID();
        UUID mentorship = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        Send.all(Events.programCreated(program, "Export", LocalDate.parse("2027-01-11"), LocalDate.parse("2027-03-01"), at(0)),
                Events.sessionScheduled(session, mentorship, program, at(200), at(10)),
                Events.sessionCompleted(session, mentorship, program, at(201)));
        kpisWhen(program, "session counted", j -> j.getInt("sessionsCompleted") == 1);
        for (String table : List.of("headline", "enrolment-by-department", "satisfaction", "skill-growth", "retention",
                "pairing-matrix", "weekly")) {
            given().auth().oauth2(analyst).when().get("/programs/" + program + "/kpis/tables/" + table).then()
                    .statusCode(200).contentType(startsWith("text/csv"))
                    .header("Content-Disposition", containsString(table));
        }
        given().auth().oauth2(analyst).when().get("/programs/" + program + "/kpis/tables/headline").then()
                .body(containsString("sessionsCompleted,1\r\n"));
        // hour 200 after 2027-01-11 09:00 is in the week of Monday 2027-01-18
        given().auth().oauth2(analyst).queryParam("format", "csv").when().get("/programs/" + program + "/kpis/weekly").then()
                .statusCode(200).contentType(startsWith("text/csv")).body(containsString("\r\n2027-01-18,0,0,0,1,0,,false\r\n"));
        given().auth().oauth2(analyst).queryParam("from", "2027-01-11").queryParam("to", "2027-01-24").when()
                .get("/programs/" + program + "/kpis/weekly").then().statusCode(200)
                .body("weeks.size()", equalTo(2))
                .body("weeks[1].weekStart", equalTo("2027-01-18"))
                .body("weeks[1].sessionsCompleted", equalTo(1))
                .body("weeks[1].satisfaction.value", nullValue());
    }
}
