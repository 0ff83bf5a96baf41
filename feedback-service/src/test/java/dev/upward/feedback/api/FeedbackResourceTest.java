package dev.upward.feedback.api;

import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class FeedbackResourceTest {

    private static final String MAYA = TestTokens.token("maya", "participant");
    private static final String SAM = TestTokens.token("sam", "participant");

    private static String body(UUID session, int rating) {
        return "{\"sessionId\":\"" + session + "\",\"rating\":" + rating
                + ",\"usefulTopics\":[\"ai\"],\"learned\":\"private note\"}";
    }

    @Test
    void theAuthorReadsTheirFeedbackAndTheOtherMemberGets404() {
        UUID session = UUID.randomUUID();
        String location = given().auth().oauth2(MAYA).contentType(ContentType.JSON).body(body(session, 4))
                .when().post("/feedback").then().statusCode(201)
                .body("learned", equalTo("private note"))
                .extract().header("Location");

        given().auth().oauth2(MAYA).when().get(location).then().statusCode(200).body("rating", equalTo(4));
        given().auth().oauth2(SAM).when().get(location).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(SAM).when().get("/feedback/mine").then().statusCode(200)
                .body("sessionId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(session.toString())));
    }

    @Test
    void aRepeatedSubmissionIsIdempotent() {
        UUID session = UUID.randomUUID();
        String first = given().auth().oauth2(SAM).contentType(ContentType.JSON).body(body(session, 5))
                .when().post("/feedback").then().statusCode(201).extract().path("id");
        given().auth().oauth2(SAM).contentType(ContentType.JSON).body(body(session, 1))
                .when().post("/feedback").then().statusCode(200)
                .body("id", equalTo(first))
                .body("rating", equalTo(5));
        given().auth().oauth2(SAM).when().get("/feedback/mine").then().statusCode(200)
                .body("findAll { it.sessionId == '" + session + "' }", hasSize(1));
    }

    @Test
    void theLongestAllowedListOfUsefulTopicsIsStored() {
        String topics = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> "\"" + ("t" + i + "-").repeat(40).substring(0, 80) + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        given().auth().oauth2(MAYA).contentType(ContentType.JSON)
                .body("{\"sessionId\":\"" + UUID.randomUUID() + "\",\"rating\":3,\"usefulTopics\":[" + topics + "]}")
                .when().post("/feedback").then().statusCode(201)
                .body("usefulTopics", hasSize(20));
    }

    @Test
    void aRatingOutsideOneToFiveIsA400Problem() {
        given().auth().oauth2(MAYA).contentType(ContentType.JSON).body(body(UUID.randomUUID(), 6))
                .when().post("/feedback").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("rating"));
    }

    @Test
    void anAdminCannotReadRawFeedback() {
        given().auth().oauth2(TestTokens.token("hannah", "program-admin"))
                .when().get("/feedback/mine").then().statusCode(403);
    }
}
