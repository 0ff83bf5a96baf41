package dev.upward.matching.api;

import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class MatchingPolicyResourceTest {

    private static final String ADMIN = TestTokens.token("hannah", "program-admin");

    private static UUID programmeWithDefaultPolicy() {
        UUID id = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent("upward.programs.v1", id.toString(), "upward.program.created.v1",
                "{\"programId\":\"" + id + "\",\"name\":\"P\",\"status\":\"DRAFT\",\"occurredAt\":\"2026-11-25T10:00:00Z\"}");
        Eventually.assertTrue("default policy created", Duration.ofSeconds(30),
                () -> given().auth().oauth2(ADMIN).get("/programs/" + id + "/matching-policy").statusCode() == 200);
        return id;
    }

    @Test
    void aNewProgrammeGetsTheDefaultPolicyWhichAnAdminCanChange() {
        UUID id = programmeWithDefaultPolicy();
        given().auth().oauth2(ADMIN).when().get("/programs/" + id + "/matching-policy").then()
                .body("minJobLevelGap", equalTo(2))
                .body("objective", equalTo("MOST_MATCHED"))
                .body("updatedBy", equalTo("system"));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"minJobLevelGap\":3,\"requireDifferentDepartment\":false,\"mentorCapacity\":2,"
                        + "\"proposalDeadlineDays\":5,\"objective\":\"BEST_TOTAL_FIT\"}")
                .when().put("/programs/" + id + "/matching-policy").then().statusCode(200)
                .body("mentorCapacity", equalTo(2));
        given().auth().oauth2(ADMIN).when().get("/programs/" + id + "/matching-policy").then()
                .body("objective", equalTo("BEST_TOTAL_FIT"))
                .body("updatedBy", equalTo("hannah"));
    }

    @Test
    void outOfRangeSettingsAndUnknownObjectivesAre400Problems() {
        UUID id = programmeWithDefaultPolicy();
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"minJobLevelGap\":-1,\"requireDifferentDepartment\":true,\"mentorCapacity\":0,"
                        + "\"proposalDeadlineDays\":5,\"objective\":\"MOST_MATCHED\"}")
                .when().put("/programs/" + id + "/matching-policy").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.size()", equalTo(2));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"minJobLevelGap\":1,\"requireDifferentDepartment\":true,\"mentorCapacity\":1,"
                        + "\"proposalDeadlineDays\":5,\"objective\":\"RANDOM\"}")
                .when().put("/programs/" + id + "/matching-policy").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aParticipantCannotReadOrChangeAPolicy() {
        given().auth().oauth2(TestTokens.token("maya", "participant"))
                .when().get("/programs/" + UUID.randomUUID() + "/matching-policy").then().statusCode(403);
    }
}
