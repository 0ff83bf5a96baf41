package dev.upward.feedback.api;

import dev.upward.contracts.ContractValidator;
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
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class AssessmentResourceTest {

    private static String body(UUID programId, String phase, String ratings) {
        return "{\"programId\":\"" + programId + "\",\"phase\":\"" + phase + "\",\"ratings\":[" + ratings + "]}";
    }

    private static UUID enrolled(UUID programId, String user, String role) {
        UUID id = Mentorships.enrol(programId, user, role);
        Eventually.assertTrue("participant known", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from participant_ref where participant_id = ?", id) == 1);
        return id;
    }

    @Test
    void preAndPostGiveGrowthPerSkillAndEachIsPublishedWithoutTheAuthor() {
        UUID programId = Mentorships.programme();
        String user = "senior-" + Mentorships.tag();
        UUID participantId = enrolled(programId, user, "MENTEE");
        String token = TestTokens.token(user, "participant");

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(body(programId, "PRE", "{\"skill\":\"ai\",\"score\":1},{\"skill\":\"social-media\",\"score\":2}"))
                .post("/assessments").then().statusCode(201).body("phase", equalTo("PRE"));
        given().auth().oauth2(token).get("/assessments/mine").then().statusCode(200)
                .body("", hasSize(1)).body("[0].post", nullValue()).body("[0].growth[0].change", nullValue());
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(body(programId, "POST", "{\"skill\":\"ai\",\"score\":4},{\"skill\":\"social-media\",\"score\":2}"))
                .post("/assessments").then().statusCode(201);

        given().auth().oauth2(token).get("/assessments/mine").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].programId", equalTo(programId.toString()))
                .body("[0].role", equalTo("MENTEE"))
                .body("[0].growth.skill", equalTo(List.of("ai", "social-media")))
                .body("[0].growth.change", equalTo(List.of(3, 0)));

        String key = participantId.toString();
        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil("upward.feedback.v1", Duration.ofSeconds(30),
                seen -> seen.stream().filter(r -> key.equals(r.key())).count() >= 2)
                .stream().filter(r -> key.equals(r.key())).toList();
        assertEquals(2, events.size());
        for (ConsumerRecord<String, String> e : events) {
            assertEquals("upward.assessment.submitted.v1", KafkaTestClient.header(e, "ce_type"));
            assertEquals(List.of(), ContractValidator.violations("upward.assessment.submitted.v1", e.value()));
        }
    }

    @Test
    void aPhaseIsAssessedOnceSameRatingsAreARetryDifferentOnesAConflict() {
        UUID programId = Mentorships.programme();
        String user = "junior-" + Mentorships.tag();
        enrolled(programId, user, "MENTOR");
        String token = TestTokens.token(user, "participant");
        String ratings = "{\"skill\":\"ai\",\"score\":5},{\"skill\":\"coaching\",\"score\":2}";
        String first = given().auth().oauth2(token).contentType(ContentType.JSON).body(body(programId, "PRE", ratings))
                .post("/assessments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(body(programId, "PRE", "{\"skill\":\"coaching\",\"score\":2},{\"skill\":\"ai\",\"score\":5}"))
                .post("/assessments").then().statusCode(200).body("id", equalTo(first));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(body(programId, "PRE", "{\"skill\":\"ai\",\"score\":3}"))
                .post("/assessments").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://upward.dev/problems/assessment-exists"));
    }

    @Test
    void onlyEnrolledPeopleAssessAndEachSeesOnlyTheirOwn() {
        UUID programId = Mentorships.programme();
        String tag = Mentorships.tag();
        enrolled(programId, "owner-" + tag, "MENTOR");
        String owner = TestTokens.token("owner-" + tag, "participant");
        String other = TestTokens.token("other-" + tag, "participant");
        String ratings = "{\"skill\":\"ai\",\"score\":5}";

        given().auth().oauth2(other).contentType(ContentType.JSON).body(body(programId, "PRE", ratings))
                .post("/assessments").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(body(UUID.randomUUID(), "PRE", ratings))
                .post("/assessments").then().statusCode(404);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(body(programId, "PRE", ratings))
                .post("/assessments").then().statusCode(201);
        given().auth().oauth2(other).get("/assessments/mine").then().statusCode(200).body("", empty());
        given().auth().oauth2(TestTokens.token("owner-" + tag, "analyst")).get("/assessments/mine").then().statusCode(403);
    }

    @Test
    void badAssessmentsAreProblems() {
        UUID programId = Mentorships.programme();
        String user = "careless-" + Mentorships.tag();
        enrolled(programId, user, "MENTOR");
        String token = TestTokens.token(user, "participant");
        for (String bad : List.of(
                body(programId, "PRE", "{\"skill\":\"ai\",\"score\":6}"),
                body(programId, "PRE", ""),
                body(programId, "DURING", "{\"skill\":\"ai\",\"score\":3}"),
                "{\"phase\":\"PRE\",\"ratings\":[{\"skill\":\"ai\",\"score\":3}]}",
                body(programId, "PRE", "{\"skill\":\"ai\",\"score\":3,\"note\":\"x\"}"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(bad).post("/assessments").then()
                    .statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(body(programId, "PRE", "{\"skill\":\"ai\",\"score\":3},{\"skill\":\"ai\",\"score\":4}"))
                .post("/assessments").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://upward.dev/problems/rule-violated/assessment"));
        given().auth().oauth2(token).get("/assessments/mine").then().statusCode(200).body("", empty());
    }
}
