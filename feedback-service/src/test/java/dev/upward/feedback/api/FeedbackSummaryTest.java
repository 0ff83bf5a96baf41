package dev.upward.feedback.api;

import dev.upward.feedback.Mentorships;
import dev.upward.feedback.Mentorships.Pair;
import dev.upward.feedback.Sql;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class FeedbackSummaryTest {

    private static final String ADMIN = TestTokens.token("hannah", "program-admin");
    private static final String ANALYST = TestTokens.token("ana", "analyst");

    private static void rate(String token, UUID session, int rating, String comment) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"sessionId\":\"" + session + "\",\"rating\":" + rating + ",\"learned\":\"secret " + rating
                        + "\",\"commentForProgramTeam\":\"" + comment + "\"}")
                .post("/feedback").then().statusCode(201);
    }

    /** Ages every answer of the programme past its edit window, which makes it count. */
    private static void settle(UUID programId) {
        Sql.update("update session_feedback set submitted_at = submitted_at - interval '8 days' where program_id = ?",
                programId);
    }

    private static io.restassured.response.ValidatableResponse summary(String token, UUID programId) {
        return given().auth().oauth2(token).get("/programs/" + programId + "/feedback-summary").then();
    }

    @Test
    void figuresAppearOnlyOnceFivePeopleStandBehindEachOfThem() {
        UUID programId = Mentorships.programme();
        List<Pair> pairs = new ArrayList<>();
        List<UUID> sessions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Pair pair = Mentorships.started(programId);
            pairs.add(pair);
            sessions.add(pair.completeSession());
        }
        for (int i = 0; i < 4; i++) {
            rate(pairs.get(i).mentorToken(), sessions.get(i), 4, "mentor comment " + i);
        }
        settle(programId);
        summary(ADMIN, programId).statusCode(200)
                .body("minimumRespondents", equalTo(5))
                .body("sessionRatings.programme.suppressed", equalTo(true))
                .body("sessionRatings.programme.reason", equalTo("insufficient responses"))
                .body("sessionRatings.programme.figures", nullValue())
                .body("sessionRatings.mentors.suppressed", equalTo(true))
                .body("commentsForProgramTeam.suppressed", equalTo(true))
                .body("commentsForProgramTeam.comments", nullValue());

        rate(pairs.get(4).mentorToken(), sessions.get(4), 2, "mentor comment 4");
        summary(ADMIN, programId).statusCode(200).body("sessionRatings.programme.suppressed", equalTo(true));
        settle(programId);
        summary(ANALYST, programId).statusCode(200)
                .body("sessionRatings.programme.suppressed", equalTo(false))
                .body("sessionRatings.programme.figures.respondents", equalTo(5))
                .body("sessionRatings.programme.figures.mean", equalTo(3.6f))
                .body("sessionRatings.programme.figures.distribution.'4'", equalTo(4))
                .body("sessionRatings.programme.figures.distribution.'2'", equalTo(1))
                .body("sessionRatings.mentors.suppressed", equalTo(true))
                .body("sessionRatings.mentees.suppressed", equalTo(true))
                .body("commentsForProgramTeam.comments", equalTo(List.of("mentor comment 0", "mentor comment 1",
                        "mentor comment 2", "mentor comment 3", "mentor comment 4")));

        for (int i = 0; i < 5; i++) {
            rate(pairs.get(i).menteeToken(), sessions.get(i), 5, "mentee comment " + i);
        }
        settle(programId);
        String body = summary(ADMIN, programId).statusCode(200)
                .body("sessionRatings.programme.figures.respondents", equalTo(10))
                .body("sessionRatings.mentors.figures.mean", equalTo(3.6f))
                .body("sessionRatings.mentees.figures.mean", equalTo(5.0f))
                .body("sessionRatings.mentees.figures.responses", equalTo(5))
                .extract().asString();
        for (Pair pair : pairs) {
            for (String personal : List.of(pair.mentorId().toString(), pair.menteeId().toString(),
                    TestTokens.employeeIdOf(pair.mentorUser()), "secret")) {
                assertFalse(body.contains(personal), "the summary names nobody and quotes no private text");
            }
        }
    }

    @Test
    void theNotWorkingRateNeedsFiveOnEachSideToBeSplit() {
        UUID programId = Mentorships.programme();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Pair pair = Mentorships.started(programId);
            pair.completeSession();
            pairs.add(pair);
        }
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(pairs.get(i).mentorToken()).contentType(ContentType.JSON)
                    .body("{\"mentorshipId\":\"" + pairs.get(i).mentorshipId() + "\",\"working\":" + (i != 0) + "}")
                    .post("/fit-checks").then().statusCode(201);
        }
        summary(ADMIN, programId).statusCode(200)
                .body("fitChecks.programme.figures.respondents", equalTo(5))
                .body("fitChecks.programme.figures.notWorking", equalTo(1))
                .body("fitChecks.programme.figures.notWorkingRate", equalTo(0.2f))
                .body("fitChecks.mentors.suppressed", equalTo(true));
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(pairs.get(i).menteeToken()).contentType(ContentType.JSON)
                    .body("{\"mentorshipId\":\"" + pairs.get(i).mentorshipId() + "\",\"working\":true}")
                    .post("/fit-checks").then().statusCode(201);
        }
        summary(ADMIN, programId).statusCode(200)
                .body("fitChecks.programme.figures.respondents", equalTo(5))
                .body("fitChecks.mentees.suppressed", equalTo(true));
        given().auth().oauth2(pairs.get(4).menteeToken()).contentType(ContentType.JSON)
                .body("{\"mentorshipId\":\"" + pairs.get(4).mentorshipId() + "\",\"working\":false}")
                .post("/fit-checks").then().statusCode(201);
        summary(ADMIN, programId).statusCode(200)
                .body("fitChecks.programme.figures.respondents", equalTo(10))
                .body("fitChecks.mentors.figures.notWorkingRate", equalTo(0.2f))
                .body("fitChecks.mentees.figures.notWorkingRate", equalTo(0.2f));
    }

    @Test
    void onlyTheProgrammeTeamAndAnalystsMayAskAndOnlyAboutKnownProgrammes() {
        UUID programId = Mentorships.programme();
        summary(TestTokens.token("pat", "participant"), programId).statusCode(403)
                .contentType("application/problem+json");
        summary(ADMIN, UUID.randomUUID()).statusCode(404).contentType("application/problem+json");
        summary(ADMIN, programId).statusCode(200).body("sessionRatings.programme.suppressed", equalTo(true));
    }
}
