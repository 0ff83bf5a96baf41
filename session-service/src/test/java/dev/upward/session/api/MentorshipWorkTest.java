package dev.upward.session.api;

import dev.upward.contracts.ContractValidator;
import dev.upward.testing.TestClock;
import dev.upward.session.domain.calendar.ICalendarParsingTest;
import dev.upward.session.app.NudgeMentorships;
import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.upward.session.api.SessionLifecycleTest.as;
import static dev.upward.session.api.SessionLifecycleTest.daysAhead;
import static dev.upward.session.api.SessionLifecycleTest.pair;
import static dev.upward.session.api.SessionLifecycleTest.schedule;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class MentorshipWorkTest {

    @Inject
    NudgeMentorships nudges;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    private NudgeMentorships.Round nudgeRound() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(nudges::runOnce);
    }

    private static List<ConsumerRecord<String, String>> mentorshipEvents(String type, String mention, int atLeast) {
        return KafkaTestClient.readUntil("upward.mentorships.v1", Duration.ofSeconds(30), seen -> seen.stream()
                        .filter(r -> r.value().contains(mention) && type.equals(KafkaTestClient.header(r, "ce_type"))).count() >= atLeast)
                .stream().filter(r -> r.value().contains(mention) && type.equals(KafkaTestClient.header(r, "ce_type"))).toList();
    }

    @Test
    void aSecretFeedUrlServesMySessionsUntilItIsRevoked() throws Exception {
        SessionLifecycleTest.Pair p = pair();
        String sessionId = schedule(p, p.mentor(), daysAhead(6), 60);
        String url = p.mentee().post("/calendar-feeds").then().statusCode(201).extract().path("url");
        String feedId = p.mentee().get("/calendar-feeds").then().statusCode(200).body("", hasSize(1))
                .body("[0]", not(hasKey("url"))).extract().path("[0].id");
        String feed = given().get(url).then().statusCode(200).contentType(containsString("text/calendar"))
                .extract().asString();
        List<net.fortuna.ical4j.model.component.CalendarComponent> events = ICalendarParsingTest.parse(feed)
                .getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertEquals(List.of(sessionId + "@upward.dev"), events.stream()
                .map(e -> ICalendarParsingTest.value(e, net.fortuna.ical4j.model.Property.UID)).toList());
        given().get("/calendar/not-the-token.ics").then().statusCode(404).contentType("application/problem+json");
        as("stranger-" + p.tag()).delete("/calendar-feeds/" + feedId).then().statusCode(404);
        p.mentee().delete("/calendar-feeds/" + feedId).then().statusCode(204);
        given().get(url).then().statusCode(404);

        p.mentor().get("/sessions/" + sessionId + "/calendar.ics").then().statusCode(200)
                .header("Content-Disposition", containsString(".ics")).body(containsString("DTSTART:"));
        as("stranger-" + p.tag()).get("/sessions/" + sessionId + "/calendar.ics").then().statusCode(404);
    }

    @Test
    void quietMentorshipsAndComingSessionsAreNudgedOnceEach() throws Throwable {
        SessionLifecycleTest.Pair quiet = pair();
        SessionLifecycleTest.Pair busy = pair();
        String sessionId = schedule(busy, busy.mentor(), daysAhead(20), 60);

        TestClock.advance(Duration.ofDays(15));
        nudgeRound();
        nudgeRound();
        List<ConsumerRecord<String, String>> atRisk = mentorshipEvents("upward.mentorship.at-risk.v1", quiet.mentorshipId().toString(), 1);
        assertEquals(1, atRisk.size(), "one nudge however often the job runs");
        assertEquals(List.of(), ContractValidator.violations("upward.mentorship.at-risk.v1", atRisk.get(0).value()));
        quiet.mentor().get("/mentorships/" + quiet.mentorshipId()).then().body("status", equalTo("AT_RISK"));
        busy.mentor().get("/mentorships/" + busy.mentorshipId()).then().body("status", equalTo("ACTIVE"));

        TestClock.advance(Duration.ofDays(4).plusHours(12)); // the session is now less than a day ahead
        nudgeRound();
        nudgeRound();
        List<ConsumerRecord<String, String>> reminders = mentorshipEvents("upward.session.reminder-due.v1", sessionId, 1);
        assertEquals(1, reminders.size());
        assertEquals(1, TestDatabase.count("select count(*) from nudge_sent where nudge_key like ?", "reminder:" + sessionId + ":%"));
    }

    @Test
    void aMentorshipCompletesAtItsPlannedEnd() throws Throwable {
        LocalDate today = LocalDate.now();
        SessionLifecycleTest.Pair p = pair(today.minusDays(30), today.plusDays(3));
        TestClock.advance(Duration.ofDays(5));
        nudgeRound();
        p.mentor().get("/mentorships/" + p.mentorshipId()).then().body("status", equalTo("COMPLETED"))
                .body("endReason", equalTo("COMPLETED"));
        assertEquals(1, mentorshipEvents("upward.mentorship.completed.v1", p.mentorshipId().toString(), 1).size());
    }

    @Test
    void theAgreementIsInForceOnceBothConfirmedTheSameText() {
        SessionLifecycleTest.Pair p = pair();
        String path = "/mentorships/" + p.mentorshipId() + "/agreement";
        p.mentee().get(path).then().statusCode(404);
        p.mentor().body("{\"goals\":\"Get fluent with AI tools\",\"groundRules\":\"Candour, no titles\","
                + "\"confidentiality\":\"What is said stays between us\",\"meetingFrequency\":\"BIWEEKLY\"}").put(path)
                .then().statusCode(200).body("inForce", equalTo(false));
        p.mentee().post(path + "/confirmation").then().statusCode(200).body("inForce", equalTo(true));
        p.mentee().body("{\"goals\":\"Get fluent with AI tools and TikTok\",\"groundRules\":\"Candour\","
                + "\"confidentiality\":\"Stays between us\",\"meetingFrequency\":\"WEEKLY\"}").put(path)
                .then().statusCode(200).body("inForce", equalTo(false));
        p.mentor().body("{\"goals\":\"\",\"groundRules\":\"x\",\"confidentiality\":\"y\",\"meetingFrequency\":\"DAILY\"}").put(path)
                .then().statusCode(400).contentType("application/problem+json");
        as("stranger-" + p.tag()).get(path).then().statusCode(404);
        as("stranger-" + p.tag()).post(path + "/confirmation").then().statusCode(404);
    }

    @Test
    void goalsTrackProgressAndAMilestoneIsAnnouncedOnce() {
        SessionLifecycleTest.Pair p = pair();
        String base = "/mentorships/" + p.mentorshipId() + "/goals";
        String goalId = p.mentee().body("{\"title\":\"Use an AI assistant weekly\",\"milestones\":[{\"title\":\"First prompt library\","
                        + "\"dueOn\":\"" + LocalDate.now().plusDays(30) + "\"},{\"title\":\"Team demo\"}]}").post(base)
                .then().statusCode(201).body("milestones", hasSize(2)).extract().path("id");
        String milestoneId = p.mentor().get(base).then().statusCode(200).body("", hasSize(1)).extract().path("[0].milestones[0].id");
        p.mentee().body("{\"progress\":150}").put(base + "/" + goalId + "/progress").then().statusCode(400);
        p.mentee().body("{\"progress\":40}").put(base + "/" + goalId + "/progress").then().statusCode(200).body("progress", equalTo(40));
        p.mentor().post(base + "/" + goalId + "/milestones/" + milestoneId + "/reached").then().statusCode(200);
        p.mentee().post(base + "/" + goalId + "/milestones/" + milestoneId + "/reached").then().statusCode(200);
        assertEquals(1, mentorshipEvents("upward.milestone.reached.v1", milestoneId, 1).size());
        as("stranger-" + p.tag()).get(base).then().statusCode(404);
        as("stranger-" + p.tag()).body("{\"progress\":90}").put(base + "/" + goalId + "/progress").then().statusCode(404);
    }

    @Test
    void theAgendaFollowsTheMenteesGoalsAndMovesOnOnceATopicIsCovered() {
        SessionLifecycleTest.Pair p = pair();
        UUID menteeParticipant = UUID.fromString(p.mentor().get("/mentorships/" + p.mentorshipId()).then().extract().path("menteeParticipantId"));
        KafkaTestClient.sendCloudEvent("upward.participants.v1", menteeParticipant.toString(), "upward.participant.profile-updated.v1",
                "{\"participantId\":\"" + menteeParticipant + "\",\"programId\":\"" + p.programId() + "\",\"learningGoals\":"
                        + "[{\"skill\":\"social media\",\"priority\":2},{\"skill\":\"ai\",\"priority\":5}],"
                        + "\"occurredAt\":\"2026-11-20T00:00:00Z\"}");
        Eventually.assertTrue("goals known", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from participant_ref where participant_id = ? and learning_goals <> ''", menteeParticipant) == 1);
        String path = "/mentorships/" + p.mentorshipId() + "/agenda-suggestion";
        p.mentor().get(path).then().statusCode(200).body("topics[0].slug", equalTo("ai"))
                .body("topics[1].slug", equalTo("social-media")).body("draftAgenda", hasSize(4));

        String held = schedule(p, p.mentee(), Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS), 60);
        TestClock.advance(Duration.ofHours(2));
        p.mentee().post("/sessions/" + held + "/completion").then().statusCode(200);
        p.mentor().get(path).then().statusCode(200).body("topics[0].slug", equalTo("social-media"));
        as("stranger-" + p.tag()).get(path).then().statusCode(404);
    }

    @Test
    void adminsSeeMetadataOnlyAndSetTheNudgePolicy() {
        SessionLifecycleTest.Pair p = pair();
        String sessionId = schedule(p, p.mentor(), daysAhead(4), 60);
        p.mentor().body("{\"text\":\"private\"}").put("/sessions/" + sessionId + "/note").then().statusCode(200);
        String admin = "admin-" + p.tag();
        as(admin, "program-admin").get("/programs/" + p.programId() + "/mentorships").then().statusCode(200)
                .body("", hasSize(1)).body("[0].sessions.scheduled", equalTo(1)).body("[0].status", equalTo("ACTIVE"))
                .body("[0]", not(hasKey("agenda"))).body(not(containsString("private")));
        as(admin, "program-admin").get("/sessions/" + sessionId).then().statusCode(403);
        p.mentor().get("/programs/" + p.programId() + "/mentorships").then().statusCode(403);

        String policy = "/programs/" + p.programId() + "/nudge-policy";
        as(admin, "program-admin").get(policy).then().statusCode(200).body("programmeDefault", equalTo(true))
                .body("atRiskAfterWeeks", equalTo(4));
        as(admin, "program-admin").body("{\"firstSessionWithinDays\":7,\"atRiskAfterWeeks\":2,\"reminderHoursBefore\":500}")
                .put(policy).then().statusCode(400);
        as(admin, "program-admin").body("{\"firstSessionWithinDays\":7,\"atRiskAfterWeeks\":2,\"reminderHoursBefore\":48}")
                .put(policy).then().statusCode(200).body("programmeDefault", equalTo(false)).body("atRiskAfterWeeks", equalTo(2));
    }

    @Test
    void adminsEditTheTopicLibraryButNotASlug() {
        String id = as("admin-topics", "program-admin").get("/topics").then().statusCode(200)
                .extract().path("find { it.slug == 'sustainability' }.id");
        String body = "{\"slug\":\"%s\",\"title\":\"Sustainability at work\",\"description\":\"Footprint of our products.\","
                + "\"suggestedQuestions\":[\"What would you change first?\"]}";
        as("admin-topics", "program-admin").body(body.formatted("sustainability")).put("/topics/" + id).then().statusCode(200)
                .body("title", equalTo("Sustainability at work"));
        as("admin-topics", "program-admin").body(body.formatted("green")).put("/topics/" + id).then().statusCode(409);
        as("someone", "participant").body(body.formatted("sustainability")).put("/topics/" + id).then().statusCode(403);
    }
}
