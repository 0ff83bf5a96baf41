package dev.upward.feedback.messaging;

import dev.upward.feedback.Mentorships;
import dev.upward.feedback.Mentorships.Pair;
import dev.upward.feedback.Sql;
import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestDatabase;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ErasureTest {

    private static final String ADMIN = TestTokens.token("hannah", "program-admin");

    @Test
    void anErasedPersonsTextAndIdentityGoWhileTheirRatingsStayAnonymous() {
        UUID programId = Mentorships.programme();
        Pair pair = Mentorships.started(programId);
        UUID session = pair.completeSession();
        String mentor = pair.mentorToken();
        given().auth().oauth2(mentor).contentType(ContentType.JSON)
                .body("{\"sessionId\":\"" + session + "\",\"rating\":2,\"learned\":\"my private note\","
                        + "\"commentForProgramTeam\":\"my comment\"}")
                .post("/feedback").then().statusCode(201);
        given().auth().oauth2(pair.menteeToken()).contentType(ContentType.JSON)
                .body("{\"sessionId\":\"" + session + "\",\"rating\":5,\"learned\":\"the other one's note\"}")
                .post("/feedback").then().statusCode(201);
        given().auth().oauth2(mentor).contentType(ContentType.JSON)
                .body("{\"mentorshipId\":\"" + pair.mentorshipId() + "\",\"working\":false,\"reason\":\"my reason\"}")
                .post("/fit-checks").then().statusCode(201);
        given().auth().oauth2(mentor).contentType(ContentType.JSON)
                .body("{\"programId\":\"" + programId + "\",\"phase\":\"PRE\",\"ratings\":[{\"skill\":\"ai\",\"score\":4}]}")
                .post("/assessments").then().statusCode(201);
        String surveyId = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"milestone\":\"END\",\"title\":\"End\",\"items\":[{\"key\":\"useful\",\"kind\":\"LIKERT\","
                        + "\"prompt\":\"Useful?\"},{\"key\":\"why\",\"kind\":\"TEXT\",\"prompt\":\"Why?\"}]}")
                .post("/programs/" + programId + "/surveys").then().statusCode(201).extract().path("id");
        given().auth().oauth2(mentor).contentType(ContentType.JSON)
                .body("{\"answers\":{\"useful\":3,\"why\":\"my answer\"}}")
                .post("/surveys/" + surveyId + "/responses").then().statusCode(201);

        String employeeId = TestTokens.employeeIdOf(pair.mentorUser());
        KafkaTestClient.sendCloudEvent(Mentorships.PARTICIPANTS, employeeId, "upward.person.erased.v1",
                "{\"employeeId\":\"" + employeeId + "\",\"occurredAt\":\"2027-02-01T00:00:00Z\"}");
        Eventually.assertTrue("person erased", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from participant_ref where participant_id = ? and employee_id is null", pair.mentorId()) == 1);

        for (String table : new String[] {"session_feedback", "fit_check", "assessment", "survey_response"}) {
            assertEquals(0, TestDatabase.count("select count(*) from " + table + " where author_employee_id = ?", employeeId),
                    table + " still names the person");
            assertEquals(0, TestDatabase.count("select count(*) from " + table + " where participant_id = ?", pair.mentorId()),
                    table + " still carries the participant id");
        }
        assertEquals(0, TestDatabase.count("select count(*) from session_feedback where session_id = ? and"
                + " (learned is not null or comment_for_program_team is not null) and role = 'MENTOR'", session));
        assertEquals("2", Sql.text("select rating from session_feedback where session_id = ? and role = 'MENTOR'", session),
                "the rating stays for the programme's figures");
        assertEquals("the other one's note", Sql.text("select learned from session_feedback where session_id = ?"
                + " and role = 'MENTEE'", session), "the other member's feedback is theirs and stays");
        assertEquals(0, TestDatabase.count("select count(*) from fit_check where mentorship_id = ? and reason is not null",
                pair.mentorshipId()));
        assertEquals("{}", Sql.text("select texts from survey_response where survey_id = ?", UUID.fromString(surveyId)));
        assertEquals("{\"useful\":3}", Sql.text("select scores from survey_response where survey_id = ?",
                UUID.fromString(surveyId)));
        String pseudonym = Sql.text("select participant_id from session_feedback where session_id = ? and role = 'MENTOR'",
                session);
        assertEquals(pseudonym, Sql.text("select participant_id from fit_check where mentorship_id = ?", pair.mentorshipId()),
                "one pseudonym for all of a participation's answers keeps respondent counts right");
        assertNotEquals(pair.mentorId().toString(), pseudonym);

        given().auth().oauth2(mentor).get("/feedback/mine").then().statusCode(200).body("", empty());
        given().auth().oauth2(mentor).get("/fit-checks/mine").then().statusCode(200).body("", empty());
        given().auth().oauth2(mentor).get("/assessments/mine").then().statusCode(200).body("", empty());
        given().auth().oauth2(mentor).get("/feedback/requests").then().statusCode(200).body("", empty());
        given().auth().oauth2(pair.menteeToken()).get("/feedback/mine").then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void aReplayedEnrolmentDoesNotLinkAnErasedPersonAgain() {
        Pair pair = Mentorships.started(Mentorships.programme());
        String employeeId = TestTokens.employeeIdOf(pair.menteeUser());
        KafkaTestClient.sendCloudEvent(Mentorships.PARTICIPANTS, employeeId, "upward.person.erased.v1",
                "{\"employeeId\":\"" + employeeId + "\",\"occurredAt\":\"2027-02-01T00:00:00Z\"}");
        Eventually.assertTrue("person erased", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from participant_ref where participant_id = ? and employee_id is null", pair.menteeId()) == 1);

        KafkaTestClient.send(Mentorships.PARTICIPANTS, pair.menteeId().toString(),
                "{\"participantId\":\"" + pair.menteeId() + "\",\"programId\":\"" + pair.programId() + "\",\"employeeId\":\""
                        + employeeId + "\",\"role\":\"MENTEE\",\"occurredAt\":\"2027-01-05T00:00:00Z\"}",
                java.util.Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                        "ce_type", "upward.participant.enrolled.v1", "ce_source", "upward/tests"));
        KafkaTestClient.awaitConsumed("feedback-service", Mentorships.PARTICIPANTS, Duration.ofSeconds(30));
        assertEquals(0, TestDatabase.count("select count(*) from participant_ref where employee_id = ?", employeeId));
    }
}
