package dev.upward.feedback.api;

import dev.upward.feedback.Mentorships;
import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestDatabase;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class SurveyResourceTest {

    private static final String ADMIN = TestTokens.token("hannah", "program-admin");
    private static final String DEFINITION = "{\"milestone\":\"MID\",\"title\":\"Halfway\",\"items\":["
            + "{\"key\":\"useful\",\"kind\":\"LIKERT\",\"prompt\":\"The programme is useful to me\"},"
            + "{\"key\":\"improve\",\"kind\":\"TEXT\",\"prompt\":\"What should we change?\"}]}";

    private static String define(UUID programId) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(DEFINITION)
                .post("/programs/" + programId + "/surveys").then().statusCode(201).extract().path("id");
    }

    private static List<String> enrolAll(UUID programId, String role, int count) {
        String tag = Mentorships.tag();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String user = role.toLowerCase() + i + "-" + tag;
            UUID id = Mentorships.enrol(programId, user, role);
            Eventually.assertTrue("participant known", Duration.ofSeconds(30), () -> TestDatabase.count(
                    "select count(*) from participant_ref where participant_id = ?", id) == 1);
            tokens.add(TestTokens.token(user, "participant"));
        }
        return tokens;
    }

    private static String respond(String token, String surveyId, int score, String text, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"answers\":{\"useful\":" + score + ",\"improve\":\"" + text + "\"}}")
                .post("/surveys/" + surveyId + "/responses").then().statusCode(status).extract().path("id");
    }

    @Test
    void participantsAnswerOnceAndOnlyTheFactIsPublished() {
        UUID programId = Mentorships.programme();
        String surveyId = define(programId);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(DEFINITION)
                .post("/programs/" + programId + "/surveys").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("pat", "participant")).contentType(ContentType.JSON).body(DEFINITION)
                .post("/programs/" + programId + "/surveys").then().statusCode(403);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(DEFINITION)
                .post("/programs/" + UUID.randomUUID() + "/surveys").then().statusCode(404);

        String me = enrolAll(programId, "MENTOR", 1).get(0);
        String neighbour = enrolAll(programId, "MENTEE", 1).get(0);
        given().auth().oauth2(me).get("/surveys/mine").then().statusCode(200)
                .body("findAll { it.survey.id == '" + surveyId + "' }.answered", equalTo(List.of(false)));
        String id = respond(me, surveyId, 4, "secret wish", 201);
        assertEquals(id, respond(me, surveyId, 1, "changed my mind", 200));
        given().auth().oauth2(me).get("/surveys/mine").then().statusCode(200)
                .body("findAll { it.survey.id == '" + surveyId + "' }.answered", equalTo(List.of(true)));
        given().auth().oauth2(me).get("/surveys/" + surveyId + "/responses/mine").then().statusCode(200)
                .body("scores.useful", equalTo(4)).body("texts.improve", equalTo("secret wish"));
        given().auth().oauth2(neighbour).get("/surveys/" + surveyId + "/responses/mine").then().statusCode(404);
        String outsider = TestTokens.token("outsider-" + Mentorships.tag(), "participant");
        given().auth().oauth2(outsider).contentType(ContentType.JSON).body("{\"answers\":{\"useful\":3}}")
                .post("/surveys/" + surveyId + "/responses").then().statusCode(404).contentType("application/problem+json");

        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil("upward.feedback.v1", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> id.equals(r.key()))).stream().filter(r -> id.equals(r.key())).toList();
        assertEquals(1, events.size());
        assertEquals("upward.survey-response.submitted.v1", KafkaTestClient.header(events.get(0), "ce_type"));
        assertFalse(events.get(0).value().contains("secret") || events.get(0).value().contains("useful"));
    }

    @Test
    void eachItemIsReportedOnlyOnceFivePeopleAnsweredIt() {
        UUID programId = Mentorships.programme();
        String surveyId = define(programId);
        List<String> mentors = enrolAll(programId, "MENTOR", 5);
        List<String> mentees = enrolAll(programId, "MENTEE", 5);
        for (int i = 0; i < 4; i++) {
            respond(mentors.get(i), surveyId, 5, "mentor idea " + i, 201);
        }
        given().auth().oauth2(ADMIN).get("/surveys/" + surveyId + "/summary").then().statusCode(200)
                .body("items[0].scores.programme.suppressed", equalTo(true))
                .body("items[1].answers.suppressed", equalTo(true));
        respond(mentors.get(4), surveyId, 3, "mentor idea 4", 201);
        given().auth().oauth2(TestTokens.token("ana", "analyst")).get("/surveys/" + surveyId + "/summary").then()
                .statusCode(200)
                .body("items[0].scores.programme.figures.mean", equalTo(4.6f))
                .body("items[0].scores.mentors.suppressed", equalTo(true))
                .body("items[1].answers.comments", hasSize(5));
        for (String mentee : mentees) {
            given().auth().oauth2(mentee).contentType(ContentType.JSON).body("{\"answers\":{\"useful\":2}}")
                    .post("/surveys/" + surveyId + "/responses").then().statusCode(201);
        }
        given().auth().oauth2(ADMIN).get("/surveys/" + surveyId + "/summary").then().statusCode(200)
                .body("items[0].scores.programme.figures.respondents", equalTo(10))
                .body("items[0].scores.mentees.figures.mean", equalTo(2.0f))
                .body("items[1].answers.comments", hasSize(5));
        given().auth().oauth2(mentors.get(0)).get("/surveys/" + surveyId + "/summary").then().statusCode(403);
    }

    @Test
    void answersThatDoNotFitAreProblems() {
        UUID programId = Mentorships.programme();
        String surveyId = define(programId);
        String me = enrolAll(programId, "MENTOR", 1).get(0);
        for (String bad : List.of("{\"answers\":{\"useful\":6}}", "{\"answers\":{\"other\":3}}", "{\"answers\":{}}")) {
            given().auth().oauth2(me).contentType(ContentType.JSON).body(bad)
                    .post("/surveys/" + surveyId + "/responses").then().statusCode(422)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(me).contentType(ContentType.JSON).body("{}")
                .post("/surveys/" + surveyId + "/responses").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"milestone\":\"END\",\"title\":\"x\",\"items\":[{\"key\":\"a\",\"kind\":\"LIKERT\",\"prompt\":\"p\"},"
                        + "{\"key\":\"a\",\"kind\":\"TEXT\",\"prompt\":\"q\"}]}")
                .post("/programs/" + programId + "/surveys").then().statusCode(422);
        given().auth().oauth2(me).get("/surveys/" + surveyId + "/responses/mine").then().statusCode(404);
    }
}
